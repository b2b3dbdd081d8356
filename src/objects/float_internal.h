// Internals shared by float*.cpp, complex.cpp and int_format.cpp: the layout
// of float-subclass instances, the double-to-text core and the float spec
// formatter. Not included from outside objects/.
#pragma once
#include <string>
#include <string_view>

#include "objects/float.h"

namespace tr {

struct FormatSpec;
struct Str;

// Exact floats are NaN-boxed doubles; instances of subclasses of float
// (class F(float)) are heap objects of this layout.
struct FloatObject : Object {
  double value_;
};

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

// ** on doubles with CPython's special cases (a complex result for a
// negative base and fractional exponent).
Value float_pow(double x, double y);
// OverflowError(34, 'Numerical result out of range'), as CPython's errno path.
Value raise_range_error();
// The float slot functions (float_arith.cpp), shared with subclasses' users.
Value float_compare(Value a, Value b, CompareOp op);
Value float_divmod(Value a, Value b);

// float(text) for str (original is a str or null) or bytes-like originals;
// ValueError "could not convert string to float: %R" names `original`.
Value float_parse_text(std::string_view raw, Value original);
// Unicode spaces to ' ' and Unicode decimal digits to ASCII (int, float and
// complex parsing all accept them).
std::string number_text_to_ascii(std::string_view text);
// The length of the longest float literal at the start of ASCII `s` (0 if
// none), its value in *out.
size_t float_scan_prefix(std::string_view s, double* out);

// A float of type `cls` (float itself: the NaN-boxed double).
Value float_new_of_type(Type* cls, double d);
// A complex of type `cls` (complex or a subclass).
Value complex_new_of_type(Type* cls, double real, double imag);
// complex_text.cpp: repr, __format__ and complex(str).
Value complex_repr(Value v);
Value complex_format(Value v, Str* spec);
Value complex_from_string(std::string_view text, Value original);  // original: a str
// (ar + ai j) ** (br + bi j) with CPython's algorithm and errors.
Value complex_pow_values(double ar, double ai, double br, double bi);

}  // namespace tr
