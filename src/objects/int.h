// int: inline 48-bit ints live in the Value itself; larger ones are BigInt
// heap objects wrapping a GMP mpz_t. bool is a subclass (True/False are
// immediates). Every result is normalised: a BigInt never holds a value that
// fits inline.
#pragma once
#include <gmp.h>

#include <string>
#include <string_view>

#include "objects/type.h"

namespace tr {

// value_ is read-only: exact ints keep their limbs inline after the header
// (mpz_roinit_n, _mp_alloc == 0, nothing to free); instances of int
// subclasses own malloc'd limbs, freed by the type's finalizer.
struct BigInt : Object {
  mpz_t value_;
};

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_mpz(const mpz_t z);  // copies; normalises to inline if it fits
Value int_from_double(double d);    // trunc; OverflowError for inf, ValueError nan
// True for int and bool values (and int subclasses).
bool is_int(Value v);
inline bool is_exact_int(Value v) {
  return v.is_int() || (v.is_object() && v.as_object()->cls_ == &int_type);
}
// Reads an int value (inline, BigInt, bool, int subclass) into an mpz_t the
// caller has initialised.
void int_to_mpz(Value v, mpz_t out);
// Fits in int64? Fills *out. False (no exception) if too large.
bool int_to_i64(Value v, int64_t* out);
double int_to_double(Value v, bool* overflow);  // *overflow for |v| >= 2^1024
int int_sign(Value v);  // -1, 0, 1

// Arithmetic on two ints (either may be bool); all of Python's rules:
// floor division and modulo toward -inf, ** with negative exponents giving
// floats, shifts, bitwise ops on negatives. ZeroDivisionError etc. raised.
Value int_binary(BinaryOp op, Value a, Value b);
Value int_unary(UnaryOp op, Value a);
int int_compare(Value a, Value b);  // -1, 0, 1
// pow(base, exp, mod): TypeError unless all three are ints; a negative exp
// takes the modular inverse ("base is not invertible for the given modulus").
Value int_pow_mod(Value base, Value exp, Value mod);
int64_t int_hash(Value v);  // CPython's modular hash (so hash(2**64) matches)

std::string int_to_string(Value v, int base = 10);  // "-0x1f" style prefixes NOT added
Value int_repr(Value v);
// int(text, base) with CPython's rules: whitespace, sign, underscores, base
// prefixes when base is 0 or matches; ValueError with CPython's message.
Value int_from_string(std::string_view text, int base);
Value int_format(Value v, Str* spec);  // format(int, spec)
// sys.get_int_max_str_digits() / set_int_max_str_digits(): the most decimal
// digits int<->str conversions accept (0 = unlimited; default 4300).
int64_t int_max_str_digits();
void set_int_max_str_digits(int64_t limit);

void int_type_init();   // readies int_type and bool_type (slots, methods)

}  // namespace tr
