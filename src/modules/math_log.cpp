// math.log, log2 and log10. Ints too large for a double still have a
// logarithm: they are split as m * 2**e (m rounded to 53 bits) and the
// log is log(m) + e * log(2), as CPython computes it.
#include <cmath>

#include "modules/math_internal.h"

namespace tr::modules::math {
namespace {

using LogFn = double (*)(double);

// n > 0 as m * 2**e with m in [0.5, 1), m correctly rounded (half to even).
double big_frexp(mpz_srcptr n, int64_t* e) {
  size_t bits = mpz_sizeinbase(n, 2);
  if (bits <= 53) {
    int ie;
    double m = std::frexp(mpz_get_d(n), &ie);
    *e = ie;
    return m;
  }
  // Keep 55 bits and fold everything below into the lowest one (sticky):
  // converting that to double then rounds exactly as a 53-bit rounding of n.
  size_t shift = bits - 55;
  Mpz top;
  mpz_tdiv_q_2exp(top, n, shift);
  uint64_t q = mpz_get_ui(top);
  if (mpz_scan1(n, 0) < shift) q |= 1;
  double m = std::ldexp(static_cast<double>(q), -55);
  *e = static_cast<int64_t>(bits);
  if (m == 1.0) {  // rounded up to the next power of two
    m = 0.5;
    ++*e;
  }
  return m;
}

// The log of any real; for ints, exactly even when they overflow a double.
// Null with the error pending, else a float.
Value log_of(Value x, LogFn fn) {
  if (is_int(x)) {
    if (int_sign(x) <= 0) return domain_error();
    bool overflow = false;
    double d = int_to_double(x, &overflow);
    if (!overflow) return checked_result(d, fn(d), false);
    Mpz n;
    int_to_mpz(x, n);
    int64_t e;
    double m = big_frexp(n, &e);
    return Value::from_double(fn(m) + fn(2.0) * static_cast<double>(e));
  }
  double d;
  if (!to_double(x, &d)) return Value::null();
  return checked_result(d, fn(d), false);
}

double ln(double x) {
  return std::log(x);
}

Value math_log(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) return raise(&exc::TypeError, "math.log requires 1 to 2 arguments");
  Value num = log_of(args[0], ln);
  if (num.is_null() || nargs == 1) return num;
  Value den = log_of(args[1], ln);
  if (den.is_null()) return den;
  if (den.as_double() == 0.0) return raise(&exc::ZeroDivisionError, "float division by zero");
  return Value::from_double(num.as_double() / den.as_double());
}

Value math_log2(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one("log2", nargs, kw)) return Value::null();
  return log_of(args[0], [](double x) { return std::log2(x); });
}

Value math_log10(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one("log10", nargs, kw)) return Value::null();
  return log_of(args[0], [](double x) { return std::log10(x); });
}

}  // namespace

void add_log_functions(Dict* d) {
  add_function(d, "log", math_log);
  add_function(d, "log2", math_log2);
  add_function(d, "log10", math_log10);
}

}  // namespace tr::modules::math
