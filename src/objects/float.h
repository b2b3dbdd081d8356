// float: IEEE doubles stored in the Value; shortest round-trip repr,
// Python's formatting rules, and the mixed int/float arithmetic rules.
#pragma once
#include <string>
#include <string_view>

#include "objects/type.h"

namespace tr {

inline Value float_value(double d) { return Value::from_double(d); }
// True only for NaN-boxed doubles. A float can also be a heap object: a NaN
// made by float('nan') (see float_nan_object) or a float-subclass instance;
// float_check accepts every form.
inline bool is_float(Value v) { return v.is_double(); }
// Is `v` a float of any form (or float subclass instance)? Reads its value.
bool float_check_object(Value v, double* out);
inline bool float_check(Value v, double* out) {
  if (v.is_double()) {
    *out = v.as_double();
    return true;
  }
  return v.is_object() && float_check_object(v, out);
}

std::string float_repr(double d);  // repr(): '1.0', '1e+16', 'inf', 'nan', '-0.0'
Value float_repr_value(Value v);
// float(text): strips whitespace, accepts underscores between digits,
// 'inf'/'nan'/'infinity' in any case; ValueError "could not convert string
// to float: 'x'".
Value float_from_string(std::string_view text);
// A NaN with an identity of its own (float('nan'), math.nan): a heap float
// object, so `x is y` and container identity checks behave as in CPython.
// Read floats with to_double() or the float slots, which accept both forms.
Value float_nan_object();
Value float_binary(BinaryOp op, Value a, Value b);  // a or b may be int/bool
Value float_unary(UnaryOp op, Value a);
int64_t float_hash(double d);  // equal to int_hash for integral values
Value float_format(Value v, Str* spec);
// Formats like '%.{prec}{type}' with Python's semantics ('e','f','g','r' ...).
std::string format_double(double d, char type, int precision, bool alternate);

// complex: a heap object with two doubles.
struct Complex : Object { double real_, imag_; };
Value complex_new(double real, double imag);
void float_type_init();  // readies float_type and complex_type

}  // namespace tr
