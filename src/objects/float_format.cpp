// Doubles to text: the shortest round-trip repr, the 'e'/'f'/'g'/'%' formats
// with Python's rules (the '#' flag, '.0' on integral values, 'z'), and
// float.__format__. Correctly rounded digits come from std::to_chars and
// glibc's printf, which are exact.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/format_spec.h"
#include "objects/str.h"

namespace tr {
namespace {

// A finite non-negative double as significant digits D and a decimal point
// position: value = 0.D * 10**decpt.
struct Digits {
  std::string d;
  int decpt;
};

// The shortest digits that read back as `x` (x >= 0, finite).
Digits shortest_digits(double x) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string_view s(buf, static_cast<size_t>(r.ptr - buf));
  size_t e = s.find('e');
  Digits out;
  for (char c : s.substr(0, e))
    if (c != '.') out.d.push_back(c);
  out.decpt = std::atoi(std::string(s.substr(e + 1)).c_str()) + 1;
  while (out.d.size() > 1 && out.d.back() == '0') out.d.pop_back();
  return out;
}

// Exactly `n` significant digits, correctly rounded (x >= 0, finite).
Digits rounded_digits(double x, int n) {
  std::string buf(static_cast<size_t>(n) + 16, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::scientific,
                         n - 1);
  std::string_view s(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
  size_t e = s.find('e');
  Digits out;
  for (char c : s.substr(0, e))
    if (c != '.') out.d.push_back(c);
  out.decpt = std::atoi(std::string(s.substr(e + 1)).c_str()) + 1;
  return out;
}

std::string exponent_text(int exp, bool upper) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+',
                exp < 0 ? -exp : exp);
  return buf;
}

// Lays `dg` out in fixed notation.
std::string layout_fixed(const Digits& dg, bool force_point) {
  const std::string& d = dg.d;
  int n = static_cast<int>(d.size());
  std::string out;
  if (dg.decpt <= 0) {
    out = "0.";
    out.append(static_cast<size_t>(-dg.decpt), '0');
    out += d;
  } else if (dg.decpt >= n) {
    out = d;
    out.append(static_cast<size_t>(dg.decpt - n), '0');
    if (force_point) out += '.';
  } else {
    out = d.substr(0, static_cast<size_t>(dg.decpt));
    out += '.';
    out += d.substr(static_cast<size_t>(dg.decpt));
  }
  return out;
}

std::string layout_exponent(const Digits& dg, bool force_point, bool upper) {
  std::string out(1, dg.d[0]);
  if (dg.d.size() > 1 || force_point) {
    out += '.';
    out += dg.d.substr(1);
  }
  return out + exponent_text(dg.decpt - 1, upper);
}

void strip_zeros(Digits* dg) {
  while (dg->d.size() > 1 && dg->d.back() == '0') dg->d.pop_back();
}

// 'g' and 'r' share this: fixed notation unless the exponent is below -4 or
// reaches `limit`; `add_dot_0` puts '.0' on integral fixed results.
std::string layout_general(Digits dg, int limit, bool alternate, bool add_dot_0, bool upper) {
  int exp = dg.decpt - 1;
  if (!alternate) strip_zeros(&dg);
  if (exp < -4 || exp >= limit) return layout_exponent(dg, alternate, upper);
  std::string out = layout_fixed(dg, alternate);
  if (add_dot_0 && out.find('.') == std::string::npos) out += ".0";
  else if (add_dot_0 && out.back() == '.') out += '0';  // '#' with repr: 1.0, not 1.
  return out;
}

bool all_zero_digits(std::string_view s) {
  for (char c : s) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
// The core

std::string double_to_text(double d, char type, int precision, unsigned flags) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool alternate = flags & kDoubleAlternate;
  if (std::isnan(d)) return upper ? "NAN" : "nan";
  bool negative = std::signbit(d);
  double x = std::fabs(d);
  std::string body;
  if (std::isinf(d)) {
    body = upper ? "INF" : "inf";
  } else {
    switch (type) {
      case 'e': case 'E': case 'f': case 'F': {
        if (!alternate) {
          // Correctly rounded, as printf, but without printf's arbitrary
          // precision arithmetic (5x faster for '%.2f').
          bool fixed = type == 'f' || type == 'F';
          body.resize(static_cast<size_t>(precision) + (fixed ? 330 : 16));
          auto r = std::to_chars(body.data(), body.data() + body.size(), x,
                                 fixed ? std::chars_format::fixed : std::chars_format::scientific,
                                 precision);
          body.resize(static_cast<size_t>(r.ptr - body.data()));
          if (type == 'E')
            for (char& c : body) c = c == 'e' ? 'E' : c;
          break;
        }
        char fmt[8];
        std::snprintf(fmt, sizeof fmt, "%%#.*%c", type);
        int len = std::snprintf(nullptr, 0, fmt, precision, x);
        body.resize(static_cast<size_t>(len) + 1);
        std::snprintf(body.data(), body.size(), fmt, precision, x);
        body.resize(static_cast<size_t>(len));
        break;
      }
      case 'g': case 'G': {
        int p = precision == 0 ? 1 : precision;
        bool add_dot_0 = flags & kDoubleAddDot0;
        // With '.0' requested (format with a precision and no type) the
        // switch to exponent form comes one digit earlier, as in CPython.
        body = layout_general(rounded_digits(x, p), add_dot_0 ? p - 1 : p, alternate,
                              add_dot_0, upper);
        break;
      }
      default:  // 'r': repr ('.0' only when asked: complex parts print '1j')
        body = layout_general(shortest_digits(x), 16, alternate, flags & kDoubleAddDot0, false);
        break;
    }
  }
  if (negative && (flags & kDoubleNoNegZero) && std::isfinite(d) && all_zero_digits(body)) {
    negative = false;
  }
  return negative ? "-" + body : body;
}

std::string float_repr(double d) { return double_to_text(d, 'r', 0, kDoubleAddDot0); }

std::string format_double(double d, char type, int precision, bool alternate) {
  if (type == 'r') {
    return double_to_text(d, 'r', 0, kDoubleAddDot0 | (alternate ? kDoubleAlternate : 0));
  }
  return double_to_text(d, type, precision, alternate ? kDoubleAlternate : 0);
}

// ---------------------------------------------------------------------------
// __format__

Value format_double_spec(double d, const FormatSpec& spec) {
  uint32_t type = spec.type;
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  unsigned flags = (spec.alternate ? kDoubleAlternate : 0) |
                   (spec.no_neg_zero ? kDoubleNoNegZero : 0);
  if (spec.precision > 100000000) return raise_memory_error();
  bool percent = false;
  if (type == 0) {
    flags |= kDoubleAddDot0;
    type = spec.precision < 0 ? 'r' : 'g';
  } else if (type == 'n') {
    type = 'g';
  } else if (type == '%') {
    type = 'f';
    d *= 100;
    percent = true;
  }
  std::string text = double_to_text(d, static_cast<char>(type), precision, flags);
  bool negative = !text.empty() && text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  size_t n_digits = 0;
  while (n_digits < body.size() && body[n_digits] >= '0' && body[n_digits] <= '9') ++n_digits;
  std::string rest(body.substr(n_digits));
  if (percent) rest += '%';
  if (spec.width > (int64_t{1} << 40)) return raise_memory_error();
  std::string out = format_number(spec, format_sign(spec, negative), "",
                                  body.substr(0, n_digits), rest);
  return Value::object(str_new(out));
}

Value float_format(Value v, Str* spec_str) {
  double d = 0;
  float_check(v, &d);
  if (spec_str->size_ == 0) return str(v);
  const char* tname = type_name_of(v);
  FormatSpec spec;
  if (!parse_format_spec(spec_str->view(), 0, '>', tname, &spec)) return Value::null();
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_double_spec(d, spec);
    default:
      return raise_unknown_format_code(spec.type, tname);
  }
}

}  // namespace tr
