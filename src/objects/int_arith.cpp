// int arithmetic: the binary and unary operators with Python's rules (floor
// division, modulo toward -inf, shifts, bitwise on two's complement, ** and
// three-argument pow, correctly rounded true division). Inline operands take
// overflow-checked fast paths; everything else goes through GMP.
#include <algorithm>
#include <cmath>

#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int_internal.h"

namespace tr {
namespace {

// Results past this many bits would exhaust memory; GMP aborts the process
// on a failed allocation, so refuse before asking it.
constexpr uint64_t kMaxResultBits = uint64_t{1} << 36;

Value raise_too_big() { return raise_memory_error(); }

// ---------------------------------------------------------------------------
// Inline fast paths: both operands are inline ints or bools.

Value small_binary(BinaryOp op, int64_t x, int64_t y) {
  switch (op) {
    case BinaryOp::Add: return int_from_i64(x + y);  // 48-bit operands: no overflow
    case BinaryOp::Sub: return int_from_i64(x - y);
    case BinaryOp::Mul: {
      int64_t r;
      if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(r);
      break;
    }
    case BinaryOp::FloorDiv: {
      if (y == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
      int64_t q = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0))) --q;
      return int_from_i64(q);
    }
    case BinaryOp::Mod: {
      if (y == 0) return raise(&exc::ZeroDivisionError, "integer modulo by zero");
      int64_t r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      return Value::small_int(r);
    }
    case BinaryOp::TrueDiv:
      if (y == 0) return raise(&exc::ZeroDivisionError, "division by zero");
      // Both are exact doubles (48 bits), so one IEEE division rounds correctly.
      return float_value(static_cast<double>(x) / static_cast<double>(y));
    case BinaryOp::LShift: {
      if (y < 0) return raise(&exc::ValueError, "negative shift count");
      if (x == 0) return Value::small_int(0);
      if (y < 16) return int_from_i64(x << y);  // |x| < 2**47: fits in 63 bits
      break;
    }
    case BinaryOp::RShift:
      if (y < 0) return raise(&exc::ValueError, "negative shift count");
      return Value::small_int(x >> (y > 63 ? 63 : y));  // arithmetic: floors
    case BinaryOp::Pow: {
      if (y < 0) break;
      // Square-and-multiply while the product stays in 64 bits.
      int64_t result = 1, base = x;
      for (int64_t n = y;;) {
        if ((n & 1) && __builtin_mul_overflow(result, base, &result)) return Value::null();
        n >>= 1;
        if (n == 0) return int_from_i64(result);
        if (__builtin_mul_overflow(base, base, &base)) return Value::null();
      }
    }
    case BinaryOp::And: return Value::small_int(x & y);
    case BinaryOp::Or: return Value::small_int(x | y);
    case BinaryOp::Xor: return Value::small_int(x ^ y);
    default: break;
  }
  return Value::null();  // not handled here: take the general path
}

// Operands that fit in 64 bits (inline, or a one-limb BigInt such as an
// LCG's intermediate product): +, -, * in 128 bits, // and % in 64, so no
// GMP temporary is made. Returns null for anything it does not handle.
Value wide_binary(BinaryOp op, int64_t x, int64_t y) {
  switch (op) {
    case BinaryOp::Add: return int_from_i128(static_cast<__int128>(x) + y);
    case BinaryOp::Sub: return int_from_i128(static_cast<__int128>(x) - y);
    case BinaryOp::Mul: return int_from_i128(static_cast<__int128>(x) * y);
    case BinaryOp::FloorDiv: {
      if (y == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
      int64_t q = x / y;  // |x|, |y| < 2**63: no INT64_MIN / -1
      if (x % y != 0 && ((x < 0) != (y < 0))) --q;
      return int_from_i64(q);
    }
    case BinaryOp::Mod: {
      if (y == 0) return raise(&exc::ZeroDivisionError, "integer modulo by zero");
      int64_t r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      return int_from_i64(r);
    }
    case BinaryOp::And: return int_from_i64(x & y);
    case BinaryOp::Or: return int_from_i64(x | y);
    case BinaryOp::Xor: return int_from_i64(x ^ y);
    default: return Value::null();
  }
}

// ---------------------------------------------------------------------------
// True division, correctly rounded for any size of operands.

Value big_true_divide(mpz_srcptr a, mpz_srcptr b) {
  if (mpz_sgn(b) == 0) return raise(&exc::ZeroDivisionError, "division by zero");
  bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) return float_value(negative ? -0.0 : 0.0);
  int64_t na = static_cast<int64_t>(mpz_sizeinbase(a, 2));
  int64_t nb = static_cast<int64_t>(mpz_sizeinbase(b, 2));
  // |a|/|b| lies in [2**(na-nb-1), 2**(na-nb+1)).
  if (na - nb > 1025) {
    return raise(&exc::OverflowError, "integer division result too large for a float");
  }
  if (na - nb < -1080) return float_value(negative ? -0.0 : 0.0);
  if (na <= 53 && nb <= 53) return float_value(mpz_get_d(a) / mpz_get_d(b));

  // q = floor(|a| * 2**-k / |b|) with at least 55 significant bits; `sticky`
  // records a non-zero remainder so the final rounding sees every bit.
  int64_t k = na - nb - 55;
  Mpz num, den, q, r;
  mpz_abs(num, a);
  mpz_abs(den, b);
  if (k >= 0) mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(k));
  else mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(-k));
  mpz_tdiv_qr(q, r, num, den);
  bool sticky = mpz_sgn(r) != 0;
  // q has at least 55 bits, so its lowest bit is below the rounding
  // position: setting it for a non-zero remainder makes the rounding exact.
  if (sticky) mpz_setbit(q, 0);
  bool overflow;
  double d = mpz_scaled_to_double(q, k, &overflow);
  if (overflow) {
    return raise(&exc::OverflowError, "integer division result too large for a float");
  }
  return float_value(negative ? -d : d);
}

// ---------------------------------------------------------------------------
// Powers

// a ** b with b >= 0 (no modulus).
Value int_pow_positive(Value base, Value exp) {
  MpzArg a(base);
  if (mpz_cmpabs_ui(a, 1) <= 0) {
    // 0, 1 and -1 stay small for any exponent.
    if (int_sign(exp) == 0) return Value::small_int(1);
    int s = mpz_sgn(a);
    if (s >= 0) return Value::small_int(s);
    MpzArg e(exp);
    return Value::small_int(mpz_odd_p(e) ? -1 : 1);
  }
  int64_t n;
  if (!int_to_i64(exp, &n)) return raise_too_big();
  uint64_t bits = mpz_sizeinbase(a, 2);
  if (n != 0 && (static_cast<uint64_t>(n) > kMaxResultBits / bits)) return raise_too_big();
  Mpz r;
  mpz_pow_ui(r, a, static_cast<unsigned long>(n));
  return int_from_mpz_take(r);
}

Value shift_left(Value av, Value bv) {
  if (int_sign(bv) < 0) return raise(&exc::ValueError, "negative shift count");
  if (int_sign(av) == 0) return Value::small_int(0);
  int64_t n;
  if (!int_to_i64(bv, &n)) {
    // CPython's limit is on the count of 30-bit digits of the result; below
    // it the allocation fails instead.
    MpzArg b(bv);
    Mpz words;
    mpz_tdiv_q_ui(words, b, 30);
    if (mpz_cmp_ui(words, static_cast<unsigned long>(INT64_MAX / 4)) > 0) {
      return raise(&exc::OverflowError, "too many digits in integer");
    }
    return raise_too_big();
  }
  MpzArg a(av);
  if (static_cast<uint64_t>(n) + mpz_sizeinbase(a, 2) > kMaxResultBits) return raise_too_big();
  Mpz r;
  mpz_mul_2exp(r, a, static_cast<mp_bitcnt_t>(n));
  return int_from_mpz_take(r);
}

Value shift_right(Value av, Value bv) {
  if (int_sign(bv) < 0) return raise(&exc::ValueError, "negative shift count");
  MpzArg a(av);
  int64_t n;
  if (!int_to_i64(bv, &n) || static_cast<uint64_t>(n) >= mpz_sizeinbase(a, 2)) {
    return Value::small_int(mpz_sgn(a) < 0 ? -1 : 0);
  }
  Mpz r;
  mpz_fdiv_q_2exp(r, a, static_cast<mp_bitcnt_t>(n));
  return int_from_mpz_take(r);
}

}  // namespace

// ---------------------------------------------------------------------------
// The binary slot

Value int_binary(BinaryOp op, Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Value::not_implemented();
  int64_t x, y;
  if (int_small(a, &x) && int_small(b, &y)) {
    Value r = small_binary(op, x, y);
    if (!r.is_null() || error_pending()) return r;
  }
  if (int_fits_i64(a, &x) && int_fits_i64(b, &y)) {
    Value r = wide_binary(op, x, y);
    if (!r.is_null() || error_pending()) return r;
  }
  switch (op) {
    case BinaryOp::Pow:
      if (int_sign(b) < 0) {
        if (int_sign(a) == 0) {
          return raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return float_binary(BinaryOp::Pow, a, b);  // negative exponents give floats
      }
      return int_pow_positive(a, b);
    case BinaryOp::LShift: return shift_left(a, b);
    case BinaryOp::RShift: return shift_right(a, b);
    case BinaryOp::MatMul: return Value::not_implemented();
    default: break;
  }
  MpzArg za(a), zb(b);
  Mpz r;
  switch (op) {
    case BinaryOp::Add: mpz_add(r, za, zb); break;
    case BinaryOp::Sub: mpz_sub(r, za, zb); break;
    case BinaryOp::Mul:
      if (mpz_sizeinbase(za, 2) + mpz_sizeinbase(zb, 2) > kMaxResultBits) return raise_too_big();
      mpz_mul(r, za, zb);
      break;
    case BinaryOp::FloorDiv:
      if (mpz_sgn(zb) == 0) {
        return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
      }
      mpz_fdiv_q(r, za, zb);
      break;
    case BinaryOp::Mod:
      if (mpz_sgn(zb) == 0) return raise(&exc::ZeroDivisionError, "integer modulo by zero");
      mpz_fdiv_r(r, za, zb);
      break;
    case BinaryOp::TrueDiv: return big_true_divide(za, zb);
    case BinaryOp::And: mpz_and(r, za, zb); break;
    case BinaryOp::Or: mpz_ior(r, za, zb); break;
    case BinaryOp::Xor: mpz_xor(r, za, zb); break;
    default: return Value::not_implemented();
  }
  return int_from_mpz_take(r);
}

Value int_divmod(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return Value::not_implemented();
  int64_t x, y;
  if (int_small(a, &x) && int_small(b, &y) && y != 0) {
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      r += y;
      --q;
    }
    return Value::object(tuple_pack({int_from_i64(q), Value::small_int(r)}));
  }
  MpzArg za(a), zb(b);
  if (mpz_sgn(zb) == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
  Mpz q, r;
  mpz_fdiv_qr(q, r, za, zb);
  Value qv = int_from_mpz_take(q);
  Value rv = int_from_mpz_take(r);
  return Value::object(tuple_pack({qv, rv}));
}

Value int_unary(UnaryOp op, Value a) {
  int64_t x;
  if (int_small(a, &x)) {
    switch (op) {
      case UnaryOp::Neg: return int_from_i64(-x);
      case UnaryOp::Pos: return Value::small_int(x);
      case UnaryOp::Invert: return Value::small_int(~x);
    }
  }
  MpzArg za(a);
  Mpz r;
  switch (op) {
    case UnaryOp::Neg: mpz_neg(r, za); break;
    case UnaryOp::Pos: mpz_set(r, za); break;
    case UnaryOp::Invert: mpz_com(r, za); break;
  }
  return int_from_mpz_take(r);
}

Value int_abs(Value a) {
  return int_sign(a) < 0 ? int_unary(UnaryOp::Neg, a) : int_unary(UnaryOp::Pos, a);
}

// pow(base, exp, mod): all ints; a negative exponent means the modular inverse.
Value int_pow_mod(Value base, Value exp, Value mod) {
  if (!is_int(base) || !is_int(exp) || !is_int(mod)) {
    return raise(&exc::TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  }
  MpzArg m(mod);
  if (mpz_sgn(m) == 0) return raise(&exc::ValueError, "pow() 3rd argument cannot be 0");
  MpzArg b(base), e(exp);
  Mpz absm, r, bb, ee;
  mpz_abs(absm, m);
  mpz_set(bb, b);
  mpz_abs(ee, e);
  if (mpz_sgn(e) < 0) {
    if (!mpz_invert(bb, bb, absm)) {
      // mpz_invert fails for modulus 1 too, where CPython answers 0.
      if (mpz_cmp_ui(absm, 1) == 0) return Value::small_int(0);
      return raise(&exc::ValueError, "base is not invertible for the given modulus");
    }
  }
  mpz_powm(r, bb, ee, absm);  // in [0, |m|)
  // Python's result takes the sign of the modulus.
  if (mpz_sgn(m) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, m);
  return int_from_mpz_take(r);
}

}  // namespace tr
