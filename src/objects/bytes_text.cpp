// ASCII text methods shared by bytes and bytearray: case conversions and
// predicates, padding, expandtabs, splitlines, hex/fromhex, decode and
// translate/maketrans.
#include "objects/bytes_internal.h"

namespace tr {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

std::string qual(Value self, const char* name) {
  return std::string(bytes_kind(self)) + "." + name;
}

// ---------------------------------------------------------------------------
// Case

enum class Case { Upper, Lower, Swap, Capitalize, Title };

Value convert(const Value* args, size_t nargs, Tuple* kwnames, const char* name, Case mode) {
  if (!args_none(qual(args[0], name).c_str(), nargs - 1, kwnames)) return Value::null();
  std::string out(bytes_view(args[0]));
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    switch (mode) {
      case Case::Upper: c = to_upper(c); break;
      case Case::Lower: c = to_lower(c); break;
      case Case::Swap: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
      case Case::Capitalize: c = i == 0 ? to_upper(c) : to_lower(c); break;
      case Case::Title:
        c = prev_cased ? to_lower(c) : to_upper(c);
        prev_cased = is_alpha(c);
        break;
    }
    out[i] = c;
  }
  return bytes_make_like(args[0], out);
}

#define TR_CASE(fn, name, mode) \
  Value fn(const Value* a, size_t n, Tuple* k) { return convert(a, n, k, name, mode); }
TR_CASE(b_upper, "upper", Case::Upper)
TR_CASE(b_lower, "lower", Case::Lower)
TR_CASE(b_swapcase, "swapcase", Case::Swap)
TR_CASE(b_capitalize, "capitalize", Case::Capitalize)
TR_CASE(b_title, "title", Case::Title)
#undef TR_CASE

enum class Test { Alpha, Alnum, Digit, Space, Upper, Lower, Title, Ascii };

bool test(std::string_view d, Test which) {
  auto all = [&](bool (*pred)(char)) {
    if (d.empty()) return false;
    for (char c : d) if (!pred(c)) return false;
    return true;
  };
  switch (which) {
    case Test::Alpha: return all(is_alpha);
    case Test::Alnum: return all([](char c) { return is_alpha(c) || is_digit(c); });
    case Test::Digit: return all(is_digit);
    case Test::Space: return all(is_space);
    case Test::Upper:
    case Test::Lower: {
      bool cased = false;
      for (char c : d) {
        if (which == Test::Upper ? is_lower(c) : is_upper(c)) return false;
        cased = cased || is_alpha(c);
      }
      return cased;
    }
    case Test::Title: {
      bool cased = false, prev = false;
      for (char c : d) {
        if (is_upper(c)) {
          if (prev) return false;
          prev = cased = true;
        } else if (is_lower(c)) {
          if (!prev) return false;
          prev = cased = true;
        } else {
          prev = false;
        }
      }
      return cased;
    }
    case Test::Ascii:
      for (char c : d) if (static_cast<unsigned char>(c) >= 0x80) return false;
      return true;
  }
  return false;
}

#define TR_TEST(fn, name, which)                                                        \
  Value fn(const Value* a, size_t n, Tuple* k) {                                        \
    if (!args_none(qual(a[0], name).c_str(), n - 1, k)) return Value::null();           \
    return Value::boolean(test(bytes_view(a[0]), which));                               \
  }
TR_TEST(b_isalpha, "isalpha", Test::Alpha)
TR_TEST(b_isalnum, "isalnum", Test::Alnum)
TR_TEST(b_isdigit, "isdigit", Test::Digit)
TR_TEST(b_isspace, "isspace", Test::Space)
TR_TEST(b_isupper, "isupper", Test::Upper)
TR_TEST(b_islower, "islower", Test::Lower)
TR_TEST(b_istitle, "istitle", Test::Title)
TR_TEST(b_isascii, "isascii", Test::Ascii)
#undef TR_TEST

// ---------------------------------------------------------------------------
// Padding

bool width_arg(Value v, int64_t* out) {
  if (!is_int(v) && !type_of(v)->index_) {
    raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    return false;
  }
  return arg_ssize(v, out);
}

enum class Align { Left, Right, Center };

Value justify(const Value* args, size_t nargs, Tuple* kwnames, const char* name, Align align) {
  if (!args_range(qual(args[0], name).c_str(), name, nargs - 1, kwnames, 1, 2))
    return Value::null();
  int64_t width;
  if (!width_arg(args[1], &width)) return Value::null();
  char fill = ' ';
  if (nargs > 2) {
    if (!is_bytes_like(args[2]) || bytes_view(args[2]).size() != 1)
      return raise(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                   name, type_name_of(args[2]));
    fill = bytes_view(args[2])[0];
  }
  std::string_view data = bytes_view(args[0]);
  int64_t margin = width - static_cast<int64_t>(data.size());
  if (margin <= 0) {
    if (args[0].as_object()->cls_ == &bytes_type) return args[0];
    return bytes_make_like(args[0], data);
  }
  if (static_cast<uint64_t>(margin) > kMaxStrBytes) return raise_memory_error();
  int64_t left = align == Align::Left ? 0 : align == Align::Right ? margin
                                         : margin / 2 + (margin & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += data;
  out.append(static_cast<size_t>(margin - left), fill);
  return bytes_make_like(args[0], out);
}

Value b_center(const Value* a, size_t n, Tuple* k) { return justify(a, n, k, "center", Align::Center); }
Value b_ljust(const Value* a, size_t n, Tuple* k) { return justify(a, n, k, "ljust", Align::Left); }
Value b_rjust(const Value* a, size_t n, Tuple* k) { return justify(a, n, k, "rjust", Align::Right); }

Value b_zfill(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one(qual(args[0], "zfill").c_str(), nargs - 1, kwnames)) return Value::null();
  int64_t width;
  if (!width_arg(args[1], &width)) return Value::null();
  std::string out(bytes_view(args[0]));
  int64_t margin = width - static_cast<int64_t>(out.size());
  if (margin > 0) {
    if (static_cast<uint64_t>(margin) > kMaxStrBytes) return raise_memory_error();
    out.insert(0, static_cast<size_t>(margin), '0');
    char c = out[static_cast<size_t>(margin)];
    if (c == '+' || c == '-') {
      out[0] = c;
      out[static_cast<size_t>(margin)] = '0';
    }
  }
  return bytes_make_like(args[0], out);
}

Value b_expandtabs(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"tabsize"};
  Value a[1];
  if (!args_keywords("expandtabs", args + 1, nargs - 1, kwnames, kParams, 1, 0, a))
    return Value::null();
  int64_t tabsize = 8;
  if (!a[0].is_null()) {
    if (!width_arg(a[0], &tabsize)) return Value::null();
    if (tabsize != static_cast<int32_t>(tabsize))
      return raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  std::string out;
  size_t column = 0;
  for (char c : bytes_view(args[0])) {
    if (c == '\t') {
      if (tabsize > 0) {
        size_t n = static_cast<size_t>(tabsize) - column % static_cast<size_t>(tabsize);
        out.append(n, ' ');
        column += n;
      }
    } else {
      out += c;
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
    if (out.size() > kMaxStrBytes) return raise_memory_error();
  }
  return bytes_make_like(args[0], out);
}

Value b_splitlines(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"keepends"};
  Value a[1];
  if (!args_keywords("splitlines", args + 1, nargs - 1, kwnames, kParams, 1, 0, a))
    return Value::null();
  bool keepends = false;
  if (!a[0].is_null()) {
    int64_t v;
    if (!width_arg(a[0], &v)) return Value::null();
    keepends = v != 0;
  }
  std::string data(bytes_view(args[0]));
  List* out = list_new();
  size_t pos = 0;
  while (pos < data.size()) {
    size_t start = pos, eol = 0;
    while (pos < data.size() && data[pos] != '\n' && data[pos] != '\r') ++pos;
    if (pos < data.size()) eol = (data[pos] == '\r' && pos + 1 < data.size() && data[pos + 1] == '\n') ? 2 : 1;
    size_t stop = keepends ? pos + eol : pos;
    Value line = bytes_make_like(args[0], std::string_view(data).substr(start, stop - start));
    if (failed(list_append(out, line))) return Value::null();
    pos += eol;
  }
  return Value::object(out);
}

// ---------------------------------------------------------------------------
// hex / fromhex / decode

Value b_hex(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"sep", "bytes_per_sep"};
  Value a[2];
  if (!args_keywords("hex", args + 1, nargs - 1, kwnames, kParams, 2, 0, a)) return Value::null();
  char sep = 0;
  int64_t per = 1;
  if (!a[0].is_null()) {
    std::string_view s;
    if (is_str(a[0])) s = as_str(a[0])->view();
    else if (is_bytes_like(a[0])) s = bytes_view(a[0]);
    else return raise(&exc::TypeError, "object of type '%s' has no len()", type_name_of(a[0]));
    size_t len = is_str(a[0]) ? as_str(a[0])->length_ : s.size();
    if (len != 1) return raise(&exc::ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(s[0]) >= 0x80) return raise(&exc::ValueError, "sep must be ASCII.");
    sep = s[0];
  }
  if (!a[1].is_null() && !width_arg(a[1], &per)) return Value::null();
  static const char kHex[] = "0123456789abcdef";
  std::string_view data = bytes_view(args[0]);
  std::string out;
  size_t group = per < 0 ? static_cast<size_t>(-per) : static_cast<size_t>(per);
  for (size_t i = 0; i < data.size(); ++i) {
    // Groups count from the right for a positive bytes_per_sep.
    if (sep && i > 0 && group > 0) {
      size_t k = per > 0 ? data.size() - i : i;
      if (k % group == 0) out += sep;
    }
    auto c = static_cast<unsigned char>(data[i]);
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return Value::object(str_new_known(out, out.size()));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value b_fromhex(const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = args[0].as<Type>();
  bool ba = cls == &bytearray_type || is_subtype(cls, &bytearray_type);
  if (!args_one(ba ? "bytearray.fromhex" : "bytes.fromhex", nargs - 1, kwnames))
    return Value::null();
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "fromhex() argument must be str, not %s",
                 type_name_of(args[1]));
  Str* s = as_str(args[1]);
  std::string_view text = s->view();
  std::string out;
  size_t i = 0;
  auto bad = [&](size_t at) {
    return raise(&exc::ValueError,
                 "non-hexadecimal number found in fromhex() arg at position %zu",
                 str_index_of_offset(s, at));
  };
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    int hi = hex_digit(text[i]);
    if (hi < 0) return bad(i);
    if (i + 1 >= text.size()) return bad(i + 1);
    int lo = hex_digit(text[i + 1]);
    if (lo < 0) return bad(i + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  if (ba) return Value::object(bytearray_new(out));
  return Value::object(bytes_new(out));
}

Value b_decode(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"encoding", "errors"};
  Value a[2];
  if (!args_keywords("decode", args + 1, nargs - 1, kwnames, kParams, 2, 0, a))
    return Value::null();
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_null() && !is_str(a[i]))
      return raise(&exc::TypeError, "decode() argument '%s' must be str, not %s", kParams[i],
                   type_name_of(a[i]));
  }
  std::string data(bytes_view(args[0]));
  return codec_decode(data, a[0].is_null() ? "utf-8" : as_str(a[0])->view(),
                      a[1].is_null() ? "strict" : as_str(a[1])->view());
}

// ---------------------------------------------------------------------------
// translate / maketrans

Value b_translate(const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2)
    return raise(&exc::TypeError, "translate() takes at least 1 positional argument (0 given)");
  static const char* const kParams[] = {nullptr, "delete"};
  Value a[2];
  if (!args_keywords("translate", args + 1, nargs - 1, kwnames, kParams, 2, 1, a))
    return Value::null();
  std::string_view table;
  bool have_table = !a[0].is_none();
  if (have_table) {
    if (!arg_bytes_like(a[0], &table)) return Value::null();
    if (table.size() != 256)
      return raise(&exc::ValueError, "translation table must be 256 characters long");
  }
  std::string_view del;
  if (!a[1].is_null() && !arg_bytes_like(a[1], &del)) return Value::null();
  std::string out;
  for (char c : bytes_view(args[0])) {
    if (del.find(c) != std::string_view::npos) continue;
    out += have_table ? table[static_cast<unsigned char>(c)] : c;
  }
  return bytes_make_like(args[0], out);
}

Value b_maketrans(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_range("bytes.maketrans", "maketrans", nargs, kwnames, 2, 2)) return Value::null();
  std::string_view from, to;
  if (!arg_bytes_like(args[0], &from) || !arg_bytes_like(args[1], &to)) return Value::null();
  if (from.size() != to.size())
    return raise(&exc::ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return Value::object(bytes_new(table));
}

const MethodDef kMethods[] = {
    {"upper", b_upper, 0},           {"lower", b_lower, 0},
    {"swapcase", b_swapcase, 0},     {"capitalize", b_capitalize, 0},
    {"title", b_title, 0},           {"isalpha", b_isalpha, 0},
    {"isalnum", b_isalnum, 0},       {"isdigit", b_isdigit, 0},
    {"isspace", b_isspace, 0},       {"isupper", b_isupper, 0},
    {"islower", b_islower, 0},       {"istitle", b_istitle, 0},
    {"isascii", b_isascii, 0},       {"center", b_center, 0},
    {"ljust", b_ljust, 0},           {"rjust", b_rjust, 0},
    {"zfill", b_zfill, 0},           {"expandtabs", b_expandtabs, 0},
    {"splitlines", b_splitlines, 0}, {"hex", b_hex, 0},
    {"fromhex", b_fromhex, kNativeClassMethod},
    {"decode", b_decode, 0},         {"translate", b_translate, 0},
    {"maketrans", b_maketrans, kNativeStaticMethod},
};

}  // namespace

void bytes_add_text_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
