// math's integer functions: isqrt, gcd, lcm, factorial, comb and perm.
// Exact for ints of any size, computed with GMP.
#include <cmath>
#include <cstdint>
#include <numeric>

#include "modules/math_internal.h"

namespace tr::modules::math {
namespace {

// Results past this many bits would exhaust memory long before GMP gave up
// (GMP aborts rather than failing): raise MemoryError instead.
constexpr double kMaxResultBits = 1u << 31;

Value int_from(const Mpz& z) {
  return int_from_mpz(z.z);
}

// ---------------------------------------------------------------------------
// isqrt, gcd, lcm

Value math_isqrt(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one("isqrt", nargs, kw)) return Value::null();
  Mpz n;
  if (!index_to_mpz(args[0], n)) return Value::null();
  if (mpz_sgn(n.z) < 0) return raise(&exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(n, n);
  return int_from(n);
}

Value math_gcd(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "math.gcd() takes no keyword arguments");
  Mpz acc, x;
  for (size_t i = 0; i < nargs; ++i) {
    Value v = to_index(args[i]);
    if (v.is_null()) return v;
    if (v.is_int() && mpz_fits_slong_p(acc)) {  // the common small case
      int64_t a = mpz_get_si(acc);
      mpz_set_si(acc, std::gcd(a, v.as_int()));
      continue;
    }
    int_to_mpz(v, x);
    mpz_gcd(acc, acc, x);
  }
  return int_from(acc);
}

Value math_lcm(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "math.lcm() takes no keyword arguments");
  Mpz acc, x;
  mpz_set_ui(acc, 1);
  for (size_t i = 0; i < nargs; ++i) {
    // Every argument is still checked once the result is known to be 0.
    if (!index_to_mpz(args[i], x)) return Value::null();
    if (i == 0)
      mpz_abs(acc, x);
    else if (mpz_sgn(acc.z) != 0)
      mpz_lcm(acc, acc, x);
  }
  return int_from(acc);
}

// ---------------------------------------------------------------------------
// factorial, comb, perm

// n! for n >= 0 given as an index value.
Value factorial_of(Value arg) {
  Value v = to_index(arg);
  if (v.is_null()) return v;
  if (int_sign(v) < 0)
    return raise(&exc::ValueError, "factorial() not defined for negative values");
  int64_t n;
  if (!int_to_i64(v, &n))
    return raise(&exc::OverflowError, "factorial() argument should not exceed %lld",
                 static_cast<long long>(INT64_MAX));
  if (n > 1 && static_cast<double>(n) * std::log2(static_cast<double>(n)) > kMaxResultBits)
    return raise_memory_error();
  Mpz r;
  mpz_fac_ui(r, static_cast<unsigned long>(n));
  return int_from(r);
}

Value math_factorial(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one("factorial", nargs, kw)) return Value::null();
  return factorial_of(args[0]);
}

// n, k of comb/perm as non-negative mpz values; false on error.
bool comb_args(Value nv, Value kv, mpz_t n, mpz_t k) {
  if (!index_to_mpz(nv, n) || !index_to_mpz(kv, k)) return false;
  if (mpz_sgn(n) < 0) {
    raise(&exc::ValueError, "n must be a non-negative integer");
    return false;
  }
  if (mpz_sgn(k) < 0) {
    raise(&exc::ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

// (top - lo) * (top - lo - 1) * ... * (top - hi + 1), by binary splitting so
// the multiplications are balanced (fast for large k).
void falling_product(mpz_t out, mpz_srcptr top, uint64_t lo, uint64_t hi) {
  if (hi - lo <= 8) {
    Mpz term;
    mpz_set_ui(out, 1);
    for (uint64_t i = lo; i < hi; ++i) {
      mpz_sub_ui(term, top, i);
      mpz_mul(out, out, term);
    }
    return;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  Mpz right;
  falling_product(out, top, lo, mid);
  falling_product(right, top, mid, hi);
  mpz_mul(out, out, right);
}

// Would a result of about k * log2(n) bits fit in memory?
bool result_too_big(mpz_srcptr n, uint64_t k) {
  double bits = static_cast<double>(mpz_sizeinbase(n, 2));
  return static_cast<double>(k) * bits > kMaxResultBits;
}

Value math_comb(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_two("comb", nargs, kw)) return Value::null();
  Mpz n, k, rest;
  if (!comb_args(args[0], args[1], n, k)) return Value::null();
  mpz_sub(rest, n, k);
  if (mpz_sgn(rest.z) < 0) return Value::small_int(0);
  if (mpz_cmp(rest, k) < 0) mpz_set(k, rest);  // C(n, k) == C(n, n - k)
  if (!mpz_fits_slong_p(k))
    return raise(&exc::OverflowError, "min(n - k, k) must not exceed %lld",
                 static_cast<long long>(INT64_MAX));
  uint64_t kk = mpz_get_ui(k);
  if (result_too_big(n, kk)) return raise_memory_error();
  Mpz r;
  mpz_bin_ui(r, n, kk);
  return int_from(r);
}

Value math_perm(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "math.perm() takes no keyword arguments");
  if (!check_nargs("perm", nargs, 1, 2)) return Value::null();
  if (nargs == 1 || args[1].is_none()) return factorial_of(args[0]);
  Mpz n, k;
  if (!comb_args(args[0], args[1], n, k)) return Value::null();
  if (mpz_cmp(n, k) < 0) return Value::small_int(0);
  if (!mpz_fits_slong_p(k))
    return raise(&exc::OverflowError, "k must not exceed %lld", static_cast<long long>(INT64_MAX));
  uint64_t kk = mpz_get_ui(k);
  if (result_too_big(n, kk)) return raise_memory_error();
  Mpz r;
  falling_product(r, n, 0, kk);
  return int_from(r);
}

}  // namespace

void add_integer_functions(Dict* d) {
  add_function(d, "isqrt", math_isqrt);
  add_function(d, "gcd", math_gcd);
  add_function(d, "lcm", math_lcm);
  add_function(d, "factorial", math_factorial);
  add_function(d, "comb", math_comb);
  add_function(d, "perm", math_perm);
}

}  // namespace tr::modules::math
