// Internal to the math module (math_*.cpp): the shared argument conversions,
// CPython's error mapping for libm results, and each file's table filler.
#pragma once
#include <gmp.h>

#include "objects/objects.h"

namespace tr::modules::math {

// ---- errors ---------------------------------------------------------------
// CPython reports libm failures with exactly two messages.
inline Value domain_error() {
  return raise(&exc::ValueError, "math domain error");
}
inline Value range_error() {
  return raise(&exc::OverflowError, "math range error");
}

// The result check every one-argument float function shares: a NaN out of a
// non-NaN input is a domain error; an infinity out of a finite input is an
// overflow when the function can overflow (exp, cosh, ...) and a pole
// (log(0), atanh(1)) otherwise.
Value checked_result(double x, double r, bool can_overflow);

// ---- argument checks --------------------------------------------------------
// "math.NAME() takes exactly one argument (N given)" / "... no keyword arguments".
bool check_one(const char* name, size_t nargs, Tuple* kwnames);
// "NAME expected 2 arguments, got N" / "math.NAME() takes no keyword arguments".
bool check_two(const char* name, size_t nargs, Tuple* kwnames);

// A natively-parsed signature `f(pos..., *, kwonly...)` with Argument Clinic's
// messages. The first `npos` names are positional (null = positional-only),
// the rest keyword-only. `out` gets null for what was not given.
struct KwSignature {
  const char* fname;
  const char* const* names;
  size_t npos;       // positional parameters
  size_t nrequired;  // leading positional parameters that must be given
  size_t nparams;    // positional + keyword-only
};
bool parse_kwonly(const KwSignature& sig, const Value* args, size_t nargs, Tuple* kwnames,
                  Value* out);

// A GMP integer that frees itself; math code holds big intermediates in these.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }
  operator mpz_srcptr() const { return z; }
};

// __index__ of v into `out` (initialised by the caller); false on error.
bool index_to_mpz(Value v, mpz_t out);

// ---- the parts of the module ----------------------------------------------
// Each math_*.cpp adds its functions to the module dict.
void add_float_functions(Dict* d);    // math_module.cpp: libm one-argument functions
void add_binary_functions(Dict* d);   // math_binary.cpp: pow, fmod, hypot, isclose...
void add_log_functions(Dict* d);      // math_log.cpp: log, log2, log10
void add_gamma_functions(Dict* d);    // math_gamma.cpp: gamma, lgamma
void add_sum_functions(Dict* d);      // math_sum.cpp: fsum, prod
void add_integer_functions(Dict* d);  // math_integer.cpp: isqrt, gcd, factorial...

// sqrt(sum of squares) of |v[0..n)| as CPython rounds it; max is the largest
// |v[i]|, any_nan whether one is a NaN (an infinity wins over a NaN).
double vector_norm(const double* v, size_t n, double max, bool any_nan);

}  // namespace tr::modules::math
