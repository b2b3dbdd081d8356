// Pattern.sub/subn/split and Match.expand: replacement templates (\1 \g<name>
// \g<0> and the string escapes) parsed as CPython 3.11 does, and the
// match-and-copy loops with the 3.7+ rules for empty matches.
#include "modules/re_internal.h"
#include "objects/unicode_db.h"

namespace tr::modules::re {
namespace {

// A template: literal runs (UTF-8 for str, raw for bytes) and group numbers.
struct Piece {
  int32_t group;  // -1: literal `text`
  std::string text;
};

bool is_octal(uint32_t c) {
  return c >= '0' && c <= '7';
}
bool is_digit(uint32_t c) {
  return c >= '0' && c <= '9';
}

int template_escape(uint32_t c) {
  switch (c) {
    case 'a':
      return 7;
    case 'b':
      return 8;
    case 'f':
      return 12;
    case 'n':
      return 10;
    case 'r':
      return 13;
    case 't':
      return 9;
    case 'v':
      return 11;
    case '\\':
      return '\\';
    default:
      return -1;
  }
}

std::string py_repr(const std::string& s) {
  return std::string(str_repr(str_new(s))->view());
}

// int(name) for \g<name> when name is not an identifier; -1 if it is not a
// non-negative integer.
int64_t parse_index(const Subject& s, int64_t b, int64_t e) {
  if (b < e && s.at(b) == '+') ++b;
  if (b >= e) return -1;
  int64_t v = 0;
  bool prev_digit = false;
  for (int64_t i = b; i < e; ++i) {
    uint32_t c = s.at(i);
    if (c == '_' && prev_digit && i + 1 < e) {
      prev_digit = false;
      continue;
    }
    int d = unicode::decimal_value(c);
    if (d < 0) return -1;
    v = std::min<int64_t>(v * 10 + d, int64_t{1} << 40);
    prev_digit = true;
  }
  return prev_digit ? v : -1;
}

bool parse_template(PatternObj* p, Value repl, std::vector<Piece>* out) {
  Subject s;
  if (!s.load(repl)) return false;
  const int64_t n = s.length;
  std::string lit;
  auto emit = [&](uint32_t c) {
    if (s.is_bytes)
      lit += static_cast<char>(c);
    else
      append_utf8(lit, c);
  };
  auto flush = [&] {
    if (!lit.empty()) out->push_back({-1, std::move(lit)});
    lit.clear();
  };
  auto error = [&](const std::string& msg, int64_t pos) {
    raise_error(s.is_bytes ? ascii_message(msg) : msg, repl, pos);
    return false;
  };
  auto add_group = [&](int64_t g, int64_t pos) {
    if (g > p->groups_) return error("invalid group reference " + std::to_string(g), pos);
    flush();
    out->push_back({static_cast<int32_t>(g), {}});
    return true;
  };
  int64_t i = 0;
  while (i < n) {
    uint32_t c = s.at(i);
    if (c != '\\') {
      emit(c);
      ++i;
      continue;
    }
    if (i + 1 >= n) return error("bad escape (end of pattern)", i);
    uint32_t d = s.at(i + 1);
    int64_t start = i;
    i += 2;
    if (d == 'g') {
      if (i == n - 1 && s.at(i) == '\\') return error("bad escape (end of pattern)", i);
      if (i >= n || s.at(i) != '<') return error("missing <", i);
      int64_t name_start = ++i, j = i;
      while (j < n && s.at(j) != '>') {
        if (s.at(j) == '\\') {
          if (j + 1 >= n) return error("bad escape (end of pattern)", j);
          ++j;
        }
        ++j;
      }
      if (j >= n) {
        if (j == name_start) return error("missing group name", j);
        return error("missing >, unterminated name", name_start);
      }
      if (j == name_start) return error("missing group name", j);
      Value name = s.slice(name_start, j);
      std::string name_text;
      if (s.is_bytes) {
        for (int64_t k = name_start; k < j; ++k) append_utf8(name_text, s.at(k));
      } else {
        name_text = std::string(name.as<Str>()->view());
      }
      i = j + 1;
      bool ident = true;
      for (int64_t k = name_start; k < j && ident; ++k) {
        uint32_t ch = s.at(k);
        ident = ch == '_' ||
                unicode::has(ch, k == name_start ? unicode::kXidStart : unicode::kXidContinue);
      }
      int64_t index;
      if (ident) {
        Value key = Value::object(str_new(name_text));
        Value g = dict_get(p->groupindex_.as<Dict>(), key);
        if (g.is_null()) {
          if (error_pending()) return false;
          raise(&exc::IndexError, "unknown group name %s", py_repr(name_text).c_str());
          return false;
        }
        if (!int_to_i64(g, &index)) return false;
      } else {
        index = parse_index(s, name_start, j);
        if (index < 0)
          return error("bad character in group name " + py_repr(name_text), name_start);
        if (index >= (int64_t{1} << 30))
          return error("invalid group reference " + std::to_string(index), name_start);
      }
      if (!add_group(index, name_start)) return false;
    } else if (d == '0') {
      uint32_t v = 0;
      for (int k = 0; k < 2 && i < n && is_octal(s.at(i)); ++k) v = v * 8 + (s.at(i++) - '0');
      emit(v & 0xff);
    } else if (is_digit(d)) {
      int64_t g = d - '0';
      if (i < n && is_digit(s.at(i))) {
        uint32_t d2 = s.at(i++);
        if (is_octal(d) && is_octal(d2) && i < n && is_octal(s.at(i))) {
          uint32_t v = (d - '0') * 64 + (d2 - '0') * 8 + (s.at(i++) - '0');
          if (v > 0377) {
            std::string esc;
            for (int64_t k = start; k < i; ++k) append_utf8(esc, s.at(k));
            return error("octal escape value " + esc + " outside of range 0-0o377", start);
          }
          emit(v);
          continue;
        }
        g = g * 10 + (d2 - '0');
      }
      if (!add_group(g, start + 1)) return false;
    } else {
      int e = template_escape(d);
      if (e >= 0) {
        emit(static_cast<uint32_t>(e));
      } else if (d < 128 && ((d | 32) - 'a') < 26) {
        std::string esc = "\\";
        append_utf8(esc, d);
        return error("bad escape " + esc, start);
      } else {
        emit('\\');
        emit(d);
      }
    }
  }
  flush();
  return true;
}

Value make_result(bool is_bytes, const std::string& text) {
  if (is_bytes) return Value::object(bytes_new(text));
  return Value::object(str_new(text));
}

bool same_kind(Value v, bool is_bytes) {
  if (is_bytes)
    return type_of(v) == &bytes_type || is_subtype(type_of(v), &bytes_type) ||
           type_of(v) == &bytearray_type || is_subtype(type_of(v), &bytearray_type);
  return is_str(v);
}

// Appends a str/bytes item the way "".join / b"".join would accept it.
bool append_item(std::string& out, Value item, bool is_bytes, size_t index) {
  if (!same_kind(item, is_bytes)) {
    if (is_bytes)
      raise(&exc::TypeError, "sequence item %zu: expected a bytes-like object, %s found", index,
            type_name_of(item));
    else
      raise(&exc::TypeError, "sequence item %zu: expected str instance, %s found", index,
            type_name_of(item));
    return false;
  }
  if (is_str(item))
    out.append(item.as<Str>()->view());
  else if (type_of(item) == &bytearray_type || is_subtype(type_of(item), &bytearray_type))
    out.append(item.as<ByteArray>()->view());
  else
    out.append(item.as<Bytes>()->view());
  return true;
}

}  // namespace

Value pattern_sub(PatternObj* p, Value repl, Value string, int64_t count, bool with_count) {
  Subject subj;
  if (!pattern_prepare(p, string, &subj)) return Value::null();
  bool callable = false;
  std::vector<Piece> pieces;
  Value literal = Value::null();  // a replacement used as is (no backslash)
  if (is_str(repl) || same_kind(repl, true)) {
    std::string_view text =
        is_str(repl) ? repl.as<Str>()->view()
        : (type_of(repl) == &bytes_type || is_subtype(type_of(repl), &bytes_type))
            ? repl.as<Bytes>()->view()
            : repl.as<ByteArray>()->view();
    if (text.find('\\') == std::string_view::npos || !same_kind(repl, p->is_bytes_))
      literal = repl;
    else if (!parse_template(p, repl, &pieces))
      return Value::null();
  } else if (is_callable(repl)) {
    callable = true;
  } else {
    // CPython gets there through a template cache (hence the hash) and a
    // latin-1 decode of the template.
    if (hash_value(repl) == -1) return Value::null();
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %s found",
                 type_name_of(repl));
  }
  std::string out;
  int64_t n = 0, last = 0, pos = 0;
  size_t items = 0;
  bool must_advance = false;
  MatchResult r;
  while ((count == 0 || n < count) &&
         run(*p->prog_, subj, pos, subj.length, kModeSearch, must_advance, &r)) {
    if (last < r.start) {
      subj.append(out, last, r.start);
      ++items;
    }
    if (callable) {
      Value m = match_new(p, subj, 0, subj.length, r);
      Value item = call1(repl, m);
      if (item.is_null()) return item;
      if (!item.is_none()) {
        if (!append_item(out, item, p->is_bytes_, items)) return Value::null();
        ++items;
      }
    } else if (!literal.is_null()) {
      if (!append_item(out, literal, p->is_bytes_, items)) return Value::null();
      ++items;
    } else {
      for (const Piece& pc : pieces) {
        if (pc.group < 0) {
          out += pc.text;
        } else if (pc.group == 0) {
          subj.append(out, r.start, r.end);
        } else {
          int64_t s = r.marks[2 * (pc.group - 1)], e = r.marks[2 * (pc.group - 1) + 1];
          if (s >= 0 && e >= s) subj.append(out, s, e);
        }
      }
      ++items;
    }
    last = r.end;
    ++n;
    must_advance = r.end == r.start;
    pos = r.end;
  }
  Value result;
  if (n == 0 && (is_exact_str(string) || type_of(string) == &bytes_type)) {
    result = string;
  } else {
    subj.append(out, last, subj.length);
    result = make_result(p->is_bytes_, out);
  }
  if (!with_count) return result;
  return Value::object(tuple_pack({result, int_from_i64(n)}));
}

Value pattern_split(PatternObj* p, Value string, int64_t maxsplit) {
  Subject subj;
  if (!pattern_prepare(p, string, &subj)) return Value::null();
  List* out = list_new(0);
  Value keep = Value::object(out);
  int64_t n = 0, last = 0, pos = 0;
  bool must_advance = false;
  MatchResult r;
  while ((maxsplit == 0 || n < maxsplit) &&
         run(*p->prog_, subj, pos, subj.length, kModeSearch, must_advance, &r)) {
    if (failed(list_append(out, subj.slice(last, r.start)))) return Value::null();
    for (int g = 1; g <= p->groups_; ++g) {
      int64_t s = r.marks[2 * (g - 1)], e = r.marks[2 * (g - 1) + 1];
      Value v = (s >= 0 && e >= s) ? subj.slice(s, e) : Value::none();
      if (failed(list_append(out, v))) return Value::null();
    }
    ++n;
    last = r.end;
    must_advance = r.end == r.start;
    pos = r.end;
  }
  if (failed(list_append(out, subj.slice(last, subj.length)))) return Value::null();
  return keep;
}

Value match_expand(MatchObj* m, Value templ) {
  PatternObj* p = m->pattern_.as<PatternObj>();
  if (!is_str(templ) && !same_kind(templ, true))
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %s found",
                 type_name_of(templ));
  std::vector<Piece> pieces;
  if (!parse_template(p, templ, &pieces)) return Value::null();
  std::string out;
  for (const Piece& pc : pieces) {
    if (pc.group < 0) {
      out += pc.text;
      continue;
    }
    Value g = match_group_value(m, pc.group, Value::none());
    if (g.is_none()) continue;
    if (!append_item(out, g, p->is_bytes_, 0)) return Value::null();
  }
  return make_result(p->is_bytes_, out);
}

}  // namespace tr::modules::re
