// float.hex() and float.fromhex(): the exact hexadecimal form of a double
// ('0x1.8000000000000p+0') and its correctly rounded inverse.
#include <cmath>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/function.h"
#include "objects/int_internal.h"
#include "objects/str.h"

namespace tr {
namespace {

std::string double_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::string sign = std::signbit(x) ? "-" : "";
  if (x == 0.0) return sign + "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(x), &e);  // m in [0.5, 1)
  // Normal numbers print as 0x1.xxx; subnormals as 0x0.xxx with p-1022.
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  int lead = static_cast<int>(m);
  m -= lead;
  std::string out = sign + "0x" + kHex[lead] + ".";
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    int d = static_cast<int>(m);
    out += kHex[d];
    m -= d;
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

Value invalid_hex() {
  return raise(&exc::ValueError, "invalid hexadecimal floating-point string");
}

Value parse_hex(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  s = s.substr(b, e - b);
  size_t pos = 0;
  bool negative = false;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
  std::string_view word = s.substr(pos);
  if (iequals(word, "inf") || iequals(word, "infinity")) {
    return float_value(negative ? -HUGE_VAL : HUGE_VAL);
  }
  if (iequals(word, "nan")) return float_nan_object();
  if (s.size() - pos >= 2 && s[pos] == '0' && (s[pos + 1] | 0x20) == 'x') pos += 2;
  std::string digits;
  size_t int_digits = 0, frac_digits = 0;
  while (pos < s.size() && hex_digit(s[pos]) >= 0) {
    digits += s[pos++];
    ++int_digits;
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    while (pos < s.size() && hex_digit(s[pos]) >= 0) {
      digits += s[pos++];
      ++frac_digits;
    }
  }
  if (int_digits + frac_digits == 0) return invalid_hex();
  int64_t exp = 0;
  if (pos < s.size() && (s[pos] == 'p' || s[pos] == 'P')) {
    ++pos;
    bool eneg = false;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) eneg = s[pos++] == '-';
    size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      // Saturate: anything this large is an overflow or a zero anyway.
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (s[pos] - '0');
      ++pos;
    }
    if (pos == start) return invalid_hex();
    if (eneg) exp = -exp;
  }
  if (pos != s.size()) return invalid_hex();
  Mpz m;
  mpz_set_str(m, digits.c_str(), 16);
  if (mpz_sgn(m) == 0) return float_value(negative ? -0.0 : 0.0);
  exp -= 4 * static_cast<int64_t>(frac_digits);
  bool overflow;
  double d = mpz_scaled_to_double(m, exp, &overflow);
  if (overflow) {
    return raise(&exc::OverflowError, "hexadecimal value too large to represent as a float");
  }
  return float_value(negative ? -d : d);
}

Value m_hex(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("hex", kw) || !check_nargs("hex", nargs - 1, 0, 0)) return Value::null();
  double d = 0;
  float_check(args[0], &d);
  return str_value(double_hex(d));
}

Value m_fromhex(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("fromhex", kw) || !check_nargs("fromhex", nargs - 1, 1, 1))
    return Value::null();
  if (!is_str(args[1])) {
    return raise(&exc::TypeError, "bad argument type for built-in operation");
  }
  Value r = parse_hex(args[1].as<Str>()->view());
  if (r.is_null()) return r;
  Type* cls = args[0].as<Type>();
  if (cls != &float_type) return call1(args[0], r);
  return r;
}

const MethodDef kHexMethods[] = {
    {"hex", m_hex, 0},
    {"fromhex", m_fromhex, kNativeClassMethod},
};

}  // namespace

void float_add_hex_methods(Type* t) { add_methods(t, kHexMethods); }

}  // namespace tr
