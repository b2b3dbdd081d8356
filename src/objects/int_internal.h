// Internals shared by the int*.cpp, bool.cpp and float*.cpp files: borrowing
// an int's value as an mpz, building results from mpz temporaries, and the
// int/str conversion limit. Not included from outside objects/.
#pragma once
#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/int.h"

namespace tr {

// An int value (inline, bool, BigInt or int-subclass instance) seen as a GMP
// integer without copying heap values. Inline values use a stack temporary.
// Inline values are viewed through a one-limb read-only mpz on the stack
// (mpz_roinit_n): no malloc per operand.
class MpzArg {
 public:
  explicit MpzArg(Value v) {
    if (v.is_object()) {
      ptr_ = static_cast<BigInt*>(v.as_object())->value_;
    } else {
      int64_t i = v.is_bool() ? (v.is_true() ? 1 : 0) : v.as_int();
      limb_ = static_cast<mp_limb_t>(i < 0 ? -i : i);  // |i| < 2**47
      mp_size_t n = i == 0 ? 0 : 1;
      mpz_roinit_n(tmp_, &limb_, i < 0 ? -n : n);
      ptr_ = tmp_;
    }
  }
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;
  mpz_srcptr get() const { return ptr_; }
  operator mpz_srcptr() const { return ptr_; }
  // GMP's macros (mpz_sgn, mpz_odd_p, mpz_cmp_ui) expand to `z->_mp_size`.
  mpz_srcptr operator->() const { return ptr_; }

 private:
  mp_limb_t limb_;
  mpz_t tmp_;
  mpz_srcptr ptr_;
};

// The value of an exact int (inline, bool or BigInt) when it fits in
// (-2**63, 2**63): the wide fast paths of the arithmetic use it.
inline bool int_fits_i64(Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true() ? 1 : 0;
    return true;
  }
  if (!v.is_object() || v.as_object()->cls_ != &int_type) return false;
  mpz_srcptr z = static_cast<BigInt*>(v.as_object())->value_;
  int size = z->_mp_size;
  if (size != 1 && size != -1) return false;
  mp_limb_t limb = z->_mp_d[0];
  if (limb > static_cast<mp_limb_t>(INT64_MAX)) return false;
  *out = size < 0 ? -static_cast<int64_t>(limb) : static_cast<int64_t>(limb);
  return true;
}

// A new int from a 128-bit value (inline when it fits).
Value int_from_i128(__int128 v);

// An initialised mpz_t temporary, cleared at scope exit.
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }
  operator mpz_ptr() { return z_; }
  operator mpz_srcptr() const { return z_; }
  mpz_srcptr operator->() const { return z_; }

 private:
  mpz_t z_;
};

// The value of an inline int or bool; false for heap ints (BigInt or
// int-subclass instances, whose value may still be small).
inline bool int_small(Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true() ? 1 : 0;
    return true;
  }
  return false;
}

// A new int holding the value of the temporary `z` (inline when it fits;
// otherwise copied into the BigInt's inline limbs). The caller clears `z`.
Value int_from_mpz_take(mpz_ptr z);

// A new instance of `cls` (int_type or a subclass of int) holding `value`:
// exact int gives the normalised form; a subclass always gets a heap object.
Value int_new_of_type(Type* cls, Value value);

// The sys.set_int_max_str_digits() limit (0 = none; default 4300) and the
// size under which it is never checked.
extern int64_t g_int_max_str_digits;
constexpr int64_t kIntMaxStrDigitsThreshold = 640;

// The decimal digits of `v`; false with ValueError past the digit limit.
bool int_to_decimal_checked(Value v, std::string* out);

// int(x) for any object: __int__/__index__/__trunc__, str/bytes parsing
// (base 10), floats. `type_name` is for messages. Null on error.
Value int_from_object(Value x);
// The CPython message "invalid literal for int() with base %d: %.200R".
Value int_parse_text(std::string_view text, int base, Value original);

// divmod(a, b) for ints (a tuple), NotImplemented for other operands; abs().
Value int_divmod(Value a, Value b);
Value int_abs(Value a);

// Rounds an int to 10**-ndigits (ndigits < 0) with ties to even: round(1250, -2).
Value int_round(Value v, Value ndigits);

// m * 2**exp correctly rounded (ties to even) to a double, subnormals
// included; *overflow when the result is not below 2**1024.
double mpz_scaled_to_double(mpz_srcptr m, int64_t exp, bool* overflow);

// int <-> float helpers used by float's arithmetic and comparisons.
// Compares int `a` with double `d` exactly (d not NaN): -1, 0, 1.
int int_compare_double(Value a, double d);

}  // namespace tr
