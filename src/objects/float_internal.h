// Internals shared by float*.cpp, complex.cpp and int_format.cpp: the layout
// of float-subclass instances, the double-to-text core and the float spec
// formatter. Not included from outside objects/.
#pragma once
#include <string>

#include "objects/float.h"

namespace tr {

struct FormatSpec;

// Exact floats are NaN-boxed doubles; instances of subclasses of float
// (class F(float)) are heap objects of this layout.
struct FloatObject : Object {
  double value_;
};

// Is `v` a float or an instance of a float subclass? Reads its value.
inline bool float_check(Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return true;
  }
  if (v.is_object() && isinstance_of(v, &float_type)) {
    *out = static_cast<FloatObject*>(v.as_object())->value_;
    return true;
  }
  return false;
}

// Flags for double_to_text.
constexpr unsigned kDoubleAlternate = 1u << 0;  // '#': keep the point and zeros
constexpr unsigned kDoubleAddDot0 = 1u << 1;    // '1.0' rather than '1'
constexpr unsigned kDoubleNoNegZero = 1u << 2;  // 'z': '-0.0' prints as '0.0'

// `type` is 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (shortest repr digits). The sign
// is '-' or nothing.
std::string double_to_text(double d, char type, int precision, unsigned flags);

// format(d, spec) once the spec is parsed and its type is a float type
// (including 0, 'n' and '%'); a Str or null.
Value format_double_spec(double d, const FormatSpec& spec);

// A float result of an operation, or OverflowError "(34, 'Numerical result
// out of range')" style errors are raised by the callers.
Value float_pow(double x, double y);

// The float's value as an integer ratio pieces: used by hash and comparisons.
Value float_new_of_type(Type* cls, double d);

}  // namespace tr
