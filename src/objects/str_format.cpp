// str.format and str.format_map: the replacement-field language
// ("{0.attr[key]!r:>{width}}"), automatic and manual numbering, nested
// fields in specs, with CPython's parse order and error messages.
#include "objects/str_internal.h"

namespace tr {
namespace {

// Where field values come from: positional args (null for format_map),
// keywords named by kwnames, or a mapping (format_map).
struct Source {
  const Value* args;
  size_t nargs;
  bool has_args;
  const Value* kwvalues;
  Tuple* kwnames;
  Value mapping;  // null unless format_map
};

enum class Numbering { Unknown, Auto, Manual };

struct Formatter {
  Source src;
  Numbering numbering = Numbering::Unknown;
  size_t next_auto = 0;
};

Value fail(const char* msg) { return raise(&exc::ValueError, "%s", msg); }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

// Parses decimal digits; false (ValueError) when it would overflow ssize_t.
bool parse_number(std::string_view s, int64_t* out) {
  int64_t v = 0;
  for (char c : s) {
    if (v > (INT64_MAX - (c - '0')) / 10) {
      fail("Too many decimal digits in format string");
      return false;
    }
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

Value keyword_lookup(Formatter& f, std::string_view name) {
  Value key = Value::object(str_new(name));
  if (!f.src.mapping.is_null()) return getitem(f.src.mapping, key);
  size_t nkw = f.src.kwnames ? f.src.kwnames->size_ : 0;
  for (size_t i = 0; i < nkw; ++i) {
    if (f.src.kwnames->items_[i].as<Str>()->view() == name) return f.src.kwvalues[i];
  }
  return raise_key_error(key);
}

Value positional_lookup(Formatter& f, int64_t index) {
  if (!f.src.has_args) return fail("Format string contains positional fields");
  if (index < 0 || static_cast<size_t>(index) >= f.src.nargs)
    return raise(&exc::IndexError, "Replacement index %lld out of range for positional args tuple",
                 static_cast<long long>(index));
  return f.src.args[index];
}

// Resolves "first(.attr|[key])*" to an object.
Value resolve_field(Formatter& f, std::string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i);
  Value obj;
  if (first.empty()) {
    if (f.numbering == Numbering::Manual)
      return fail("cannot switch from manual field specification to automatic field numbering");
    f.numbering = Numbering::Auto;
    obj = positional_lookup(f, static_cast<int64_t>(f.next_auto++));
  } else if (all_digits(first)) {
    int64_t index;
    if (!parse_number(first, &index)) return Value::null();
    if (f.numbering == Numbering::Auto)
      return fail("cannot switch from automatic field numbering to manual field specification");
    f.numbering = Numbering::Manual;
    obj = positional_lookup(f, index);
  } else {
    obj = keyword_lookup(f, first);
  }
  while (!obj.is_null() && i < name.size()) {
    if (name[i] == '.') {
      size_t j = ++i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      if (i == j) return fail("Empty attribute in format string");
      obj = getattr(obj, str_new(name.substr(j, i - j)));
    } else if (name[i] == '[') {
      size_t j = ++i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i == name.size()) return fail("Missing ']' in format string");
      std::string_view key = name.substr(j, i - j);
      if (key.empty()) return fail("Empty attribute in format string");
      ++i;
      if (i < name.size() && name[i] != '.' && name[i] != '[')
        return fail("Only '.' or '[' may follow ']' in format field specifier");
      if (all_digits(key)) {
        int64_t index;
        if (!parse_number(key, &index)) return Value::null();
        obj = getitem(obj, int_from_i64(index));
      } else {
        obj = getitem(obj, Value::object(str_new(key)));
      }
    } else {
      return fail("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

bool render(Formatter& f, std::string_view text, int depth, std::string& out);

// One replacement field; `pos` is just past its '{'. Advances pos past '}'.
bool render_field(Formatter& f, std::string_view text, size_t& pos, int depth,
                  std::string& out) {
  // The field name runs to '}', ':' or '!'; brackets may hide those.
  size_t start = pos;
  char c = 0;
  while (pos < text.size()) {
    c = text[pos++];
    if (c == '{') return !fail("unexpected '{' in field name").is_null();
    if (c == '[') {
      while (pos < text.size() && text[pos] != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  if (c != '}' && c != ':' && c != '!') {
    fail("expected '}' before end of string");
    return false;
  }
  std::string_view name = text.substr(start, pos - 1 - start);
  char conversion = 0;
  std::string_view spec;
  bool spec_nested = false;
  bool have_spec = false;
  if (c == '!') {
    if (pos >= text.size()) {
      fail("end of string while looking for conversion specifier");
      return false;
    }
    conversion = text[pos++];
    if (pos < text.size()) {
      char d = text[pos++];
      if (d != '}' && d != ':') {
        fail("expected ':' after conversion specifier");
        return false;
      }
      have_spec = d == ':';
    } else {
      have_spec = true;  // runs into the unmatched-brace error below
    }
  } else {
    have_spec = c == ':';
  }
  if (have_spec) {
    size_t spec_start = pos;
    int count = 1;
    while (pos < text.size()) {
      char d = text[pos++];
      if (d == '{') {
        spec_nested = true;
        ++count;
      } else if (d == '}' && --count == 0) {
        break;
      }
    }
    if (count != 0) {
      fail("unmatched '{' in format spec");
      return false;
    }
    spec = text.substr(spec_start, pos - 1 - spec_start);
  }

  Value obj = resolve_field(f, name);
  if (obj.is_null()) return false;
  switch (conversion) {
    case 0: break;
    case 'r': obj = repr(obj); break;
    case 's': obj = str(obj); break;
    case 'a': obj = ascii(obj); break;
    default:
      raise(&exc::ValueError, "Unknown conversion specifier %c", conversion);
      return false;
  }
  if (obj.is_null()) return false;
  std::string expanded;
  if (spec_nested) {
    if (depth <= 1) {
      fail("Max string recursion exceeded");
      return false;
    }
    if (!render(f, spec, depth - 1, expanded)) return false;
    spec = expanded;
  }
  if (spec.empty() && is_exact_str(obj)) {
    out += as_str(obj)->view();
    return true;
  }
  Value r = format(obj, str_new(spec));
  if (r.is_null()) return false;
  out += as_str(r)->view();
  return true;
}

bool render(Formatter& f, std::string_view text, int depth, std::string& out) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t brace = text.find_first_of("{}", pos);
    if (brace == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, brace - pos));
    char c = text[brace];
    pos = brace + 1;
    bool doubled = pos < text.size() && text[pos] == c;
    if (c == '}') {
      if (!doubled) return !fail("Single '}' encountered in format string").is_null();
      out += '}';
      ++pos;
      continue;
    }
    if (pos == text.size()) return !fail("Single '{' encountered in format string").is_null();
    if (doubled) {
      out += '{';
      ++pos;
      continue;
    }
    if (!render_field(f, text, pos, depth, out)) return false;
  }
  return true;
}

Value run(Str* format, Source src) {
  Formatter f{src};
  std::string out;
  if (!render(f, format->view(), 2, out)) return Value::null();
  return Value::object(str_new(out));
}

Value str_format(const Value* args, size_t nargs, Tuple* kwnames) {
  Source src{args + 1, nargs - 1, true, args + nargs, kwnames, Value::null()};
  return run(as_str(args[0]), src);
}

Value str_format_map(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("str.format_map", nargs - 1, kwnames)) return Value::null();
  Source src{nullptr, 0, false, nullptr, nullptr, args[1]};
  return run(as_str(args[0]), src);
}

const MethodDef kMethods[] = {
    {"format", str_format, 0},
    {"format_map", str_format_map, 0},
};

}  // namespace

Value str_format_impl(Str* format, const Value* args, size_t nargs, Value mapping) {
  Source src{args, nargs, true, nullptr, nullptr, mapping};
  return run(format, src);
}

void str_add_format_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
