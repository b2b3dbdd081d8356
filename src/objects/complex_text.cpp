// complex <-> text: repr ('(1+2j)', '1j', '(-0-1j)'), __format__ with the
// shared spec parser, and complex(str) with CPython's grammar.
#include <cctype>
#include <cmath>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/format_spec.h"
#include "objects/str.h"

namespace tr {
namespace {

struct C {
  double re, im;
};
C value_of(Value v) {
  auto* c = static_cast<Complex*>(v.as_object());
  return {c->real_, c->imag_};
}

// ---------------------------------------------------------------------------
// repr and format

std::string part(double d) { return double_to_text(d, 'r', 0, 0); }

}  // namespace

Value complex_repr(Value v) {
  C c = value_of(v);
  std::string im = part(c.im);
  if (c.re == 0.0 && !std::signbit(c.re)) return str_value(im + "j");
  std::string sign = (im[0] == '-') ? "" : "+";
  return str_value("(" + part(c.re) + sign + im + "j)");
}

namespace {

// One part of a formatted complex: sign, grouped digits and the rest.
std::string format_part(double d, char type, int precision, unsigned flags,
                        const FormatSpec& spec, bool force_sign) {
  std::string text = double_to_text(d, type, precision, flags);
  bool negative = text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  size_t n = 0;
  while (n < body.size() && body[n] >= '0' && body[n] <= '9') ++n;
  FormatSpec inner = spec;
  inner.width = -1;
  std::string_view sign = negative ? "-" : force_sign ? "+" : format_sign(spec, false);
  return format_number(inner, sign, "", body.substr(0, n), body.substr(n));
}

}  // namespace

Value complex_format(Value v, Str* spec_str) {
  if (spec_str->size_ == 0) return str(v);
  const char* tname = type_name_of(v);
  FormatSpec spec;
  if (!parse_format_spec(spec_str->view(), 0, '>', tname, &spec)) return Value::null();
  uint32_t type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: return raise_unknown_format_code(type, tname);
  }
  if (spec.fill == '0') {
    return raise(&exc::ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align == '=') {
    return raise(&exc::ValueError,
                 "'=' alignment flag is not allowed in complex format specifier");
  }
  C c = value_of(v);
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  unsigned flags = (spec.alternate ? kDoubleAlternate : 0) |
                   (spec.no_neg_zero ? kDoubleNoNegZero : 0);
  bool skip_re = false, parens = false;
  if (type == 0) {
    type = 'r';
    if (spec.precision < 0) precision = 0;
    if (c.re == 0.0 && !std::signbit(c.re)) skip_re = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  if (spec.precision >= 0 && type == 'r') type = 'g';
  std::string body = parens ? "(" : "";
  if (!skip_re) body += format_part(c.re, static_cast<char>(type), precision, flags, spec, false);
  body += format_part(c.im, static_cast<char>(type), precision, flags, spec, !skip_re);
  body += "j";
  if (parens) body += ")";
  std::string out = pad_formatted(body, body.size(), spec);
  return Value::object(str_new(out));
}

// ---------------------------------------------------------------------------
// complex(text)

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Value malformed() { return raise(&exc::ValueError, "complex() arg is a malformed string"); }

}  // namespace

// CPython's grammar: <float>, <float>j, <float><signed-float>j, and the
// old forms <float><sign>j, <sign>j and j; optional parentheses; spaces
// only at the ends.
Value complex_from_string(std::string_view raw, Value original) {
  std::string text = number_text_to_ascii(raw);
  // Underscores are only allowed between digits; then they are dropped.
  if (text.find('_') != std::string::npos) {
    std::string clean;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '_') {
        clean += text[i];
        continue;
      }
      bool ok = i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                std::isdigit(static_cast<unsigned char>(text[i + 1]));
      if (!ok) {
        Value r = repr(original);
        if (r.is_null()) return r;
        std::string_view rs = r.as<Str>()->view();
        return raise(&exc::ValueError, "could not convert string to complex: %.*s",
                     static_cast<int>(rs.size()), rs.data());
      }
    }
    text = clean;
  }
  std::string_view s(text);
  size_t pos = 0, end = s.size();
  auto at = [&](size_t i) { return i < end ? s[i] : '\0'; };
  while (pos < end && is_space(s[pos])) ++pos;
  bool bracket = at(pos) == '(';
  if (bracket) {
    ++pos;
    while (pos < end && is_space(s[pos])) ++pos;
  }
  double x = 0.0, y = 0.0, z;
  size_t n = float_scan_prefix(s.substr(pos), &z);
  if (n > 0) {
    pos += n;
    if (at(pos) == '+' || at(pos) == '-') {
      x = z;
      size_t m = float_scan_prefix(s.substr(pos), &y);
      if (m > 0) {
        pos += m;
      } else {
        y = at(pos) == '+' ? 1.0 : -1.0;
        ++pos;
      }
      if ((at(pos) | 0x20) != 'j') return malformed();
      ++pos;
    } else if ((at(pos) | 0x20) == 'j') {
      ++pos;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(pos) == '+' || at(pos) == '-') {
      y = at(pos) == '+' ? 1.0 : -1.0;
      ++pos;
    } else {
      y = 1.0;
    }
    if ((at(pos) | 0x20) != 'j') return malformed();
    ++pos;
  }
  while (pos < end && is_space(s[pos])) ++pos;
  if (bracket) {
    if (at(pos) != ')') return malformed();
    ++pos;
    while (pos < end && is_space(s[pos])) ++pos;
  }
  if (pos != end) return malformed();
  return complex_new(x, y);
}

}  // namespace tr
