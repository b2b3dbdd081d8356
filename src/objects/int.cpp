// int representation: building ints (inline or BigInt, always normalised),
// reading them back (int64, mpz, correctly rounded double), comparison and
// CPython's modular hash. Arithmetic is in int_arith.cpp.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "objects/errors.h"
#include "objects/int_internal.h"

namespace tr {

// ---------------------------------------------------------------------------
// Construction

namespace {

// A BigInt of exact type int; `z` must not fit inline (normalisation).
// Its limbs live inside the GC object, right after the header: no malloc, no
// finalizer, and the collector sees the real size of every int it allocates
// (a loop of growing products then triggers collections in time). GMP reads
// such an mpz_t (mpz_roinit_n) but must never write to it: ints are immutable.
Value new_bigint(mpz_srcptr z) {
  size_t n = mpz_size(z);
  auto* b = static_cast<BigInt*>(
      alloc_object_sized(&int_type, sizeof(BigInt) + n * sizeof(mp_limb_t)));
  auto* limbs = reinterpret_cast<mp_limb_t*>(b + 1);
  std::memcpy(limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
  mpz_roinit_n(b->value_, limbs, mpz_sgn(z) < 0 ? -static_cast<mp_size_t>(n)
                                                : static_cast<mp_size_t>(n));
  return Value::object(b);
}

// Fits in the inline range? (mpz_fits_slong_p first so mpz_get_si is exact.)
bool mpz_fits_inline(mpz_srcptr z, int64_t* out) {
  if (!mpz_fits_slong_p(z)) return false;
  int64_t i = mpz_get_si(z);
  if (!Value::fits_inline(i)) return false;
  *out = i;
  return true;
}

}  // namespace

Value int_from_i64(int64_t i) {
  if (Value::fits_inline(i)) return Value::small_int(i);
  return int_from_i128(i);
}

// Builds the BigInt's limbs directly: no GMP temporary, so no malloc for the
// common case of results just past the inline range (e.g. an LCG's product).
Value int_from_i128(__int128 v) {
  if (v >= Value::kIntMin && v <= Value::kIntMax) {
    return Value::small_int(static_cast<int64_t>(v));
  }
  bool negative = v < 0;
  unsigned __int128 mag = negative ? -static_cast<unsigned __int128>(v)
                                   : static_cast<unsigned __int128>(v);
  static_assert(sizeof(mp_limb_t) == 8, "64-bit limbs expected");
  mp_limb_t limbs[2] = {static_cast<mp_limb_t>(mag), static_cast<mp_limb_t>(mag >> 64)};
  mp_size_t n = limbs[1] ? 2 : 1;
  mpz_t view;
  mpz_roinit_n(view, limbs, negative ? -n : n);
  return new_bigint(view);
}

Value int_from_u64(uint64_t u) {
  if (u <= static_cast<uint64_t>(Value::kIntMax)) return Value::small_int(static_cast<int64_t>(u));
  Mpz z;
  mpz_set_ui(z, u);
  return new_bigint(z);
}

Value int_from_mpz(const mpz_t z) {
  int64_t i;
  if (mpz_fits_inline(z, &i)) return Value::small_int(i);
  return new_bigint(z);
}

Value int_from_mpz_take(mpz_ptr z) {
  int64_t i;
  if (mpz_fits_inline(z, &i)) return Value::small_int(i);
  return new_bigint(z);
}

Value int_from_double(double d) {
  if (std::isinf(d)) return raise(&exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise(&exc::ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 9.0e15) return int_from_i64(static_cast<int64_t>(t));
  Mpz z;
  mpz_set_d(z, t);  // exact: t is integral
  return int_from_mpz_take(z);
}

Value int_new_of_type(Type* cls, Value value) {
  if (cls == &int_type) {
    if (is_exact_int(value)) return value;
    if (value.is_bool()) return Value::small_int(value.is_true() ? 1 : 0);
    MpzArg a(value);
    return int_from_mpz(a);
  }
  // Subclass instances always use the heap layout, whatever the value.
  MpzArg a(value);
  BigInt* b = static_cast<BigInt*>(alloc_object(cls));
  mpz_init_set(b->value_, a);
  return Value::object(b);
}

// ---------------------------------------------------------------------------
// Reading

bool is_int(Value v) {
  if (v.is_int() || v.is_bool()) return true;
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls_;
  return t == &int_type || type_has_flag(t, kTypeIntSubclass);
}

void int_to_mpz(Value v, mpz_t out) {
  int64_t i;
  if (int_small(v, &i)) {
    mpz_set_si(out, i);
  } else {
    mpz_set(out, static_cast<BigInt*>(v.as_object())->value_);
  }
}

bool int_to_i64(Value v, int64_t* out) {
  if (int_small(v, out)) return true;
  mpz_srcptr z = static_cast<BigInt*>(v.as_object())->value_;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

int int_sign(Value v) {
  int64_t i;
  if (int_small(v, &i)) return (i > 0) - (i < 0);
  return mpz_sgn(static_cast<BigInt*>(v.as_object())->value_);
}

double mpz_scaled_to_double(mpz_srcptr m, int64_t exp, bool* overflow) {
  *overflow = false;
  int sign = mpz_sgn(m);
  if (sign == 0) return 0.0;
  int64_t len = static_cast<int64_t>(mpz_sizeinbase(m, 2));
  if (len + exp > 1024) {
    *overflow = true;
    return 0.0;
  }
  // Keep 53 bits, fewer for subnormal results (the lsb is at least 2**-1074).
  int64_t drop = std::max(len - 53, -1074 - exp);
  double d;
  if (drop <= 0) {
    d = std::ldexp(mpz_get_d(m), static_cast<int>(exp));  // exact
    return d;
  }
  uint64_t mant = 0;
  bool half = false, below = false;
  if (drop <= len) {
    Mpz a;
    mpz_abs(a, m);
    half = mpz_tstbit(a, static_cast<mp_bitcnt_t>(drop - 1));
    below = mpz_scan1(a, 0) < static_cast<mp_bitcnt_t>(drop - 1);
    mpz_tdiv_q_2exp(a, a, static_cast<mp_bitcnt_t>(drop));
    mant = mpz_get_ui(a);
  }
  if (half && (below || (mant & 1))) ++mant;
  d = std::ldexp(static_cast<double>(mant), static_cast<int>(exp + drop));
  if (std::isinf(d)) {
    *overflow = true;
    return 0.0;
  }
  return sign < 0 ? -d : d;
}

double int_to_double(Value v, bool* overflow) {
  *overflow = false;
  int64_t i;
  if (int_small(v, &i)) return static_cast<double>(i);
  return mpz_scaled_to_double(static_cast<BigInt*>(v.as_object())->value_, 0, overflow);
}

// ---------------------------------------------------------------------------
// Comparison and hashing

int int_compare(Value a, Value b) {
  int64_t x, y;
  if (int_small(a, &x) && int_small(b, &y)) return (x > y) - (x < y);
  MpzArg za(a), zb(b);
  int c = mpz_cmp(za, zb);
  return (c > 0) - (c < 0);
}

int int_compare_double(Value a, double d) {
  int64_t x;
  if (int_small(a, &x)) {
    double xd = static_cast<double>(x);  // exact: inline ints have 48 bits
    return (xd > d) - (xd < d);
  }
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int c = mpz_cmp_d(static_cast<BigInt*>(a.as_object())->value_, d);  // exact
  return (c > 0) - (c < 0);
}

// hash(n) = sign(n) * (|n| mod (2**61 - 1)), with -1 mapped to -2 (CPython).
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

int64_t int_hash(Value v) {
  int64_t i;
  if (int_small(v, &i)) return i == -1 ? -2 : i;  // |i| < 2**47 < modulus
  mpz_srcptr z = static_cast<BigInt*>(v.as_object())->value_;
  int64_t h = static_cast<int64_t>(mpz_tdiv_ui(z, kHashModulus));
  if (mpz_sgn(z) < 0) h = -h;
  return h == -1 ? -2 : h;
}

}  // namespace tr
