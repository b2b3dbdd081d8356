// float arithmetic and comparison, mixing freely with int and bool: Python's
// floor division and modulo (fmod-based, result takes the divisor's sign),
// ** with CPython's special cases, exact float/int comparisons.
#include <cerrno>
#include <cmath>

#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/exception.h"
#include "objects/float_internal.h"
#include "objects/int_internal.h"
#include "objects/str.h"

namespace tr {

namespace {

// Reads a float or int operand as a double. 1 = ok, 0 = not a number
// (NotImplemented), -1 = error (int too large).
int operand(Value v, double* out) {
  if (float_check(v, out)) return 1;
  if (!is_int(v)) return 0;
  bool overflow;
  *out = int_to_double(v, &overflow);
  if (overflow) {
    raise(&exc::OverflowError, "int too large to convert to float");
    return -1;
  }
  return 1;
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// Python's float modulo: the result has the sign of the divisor.
double py_mod(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = std::copysign(0.0, wx);
  }
  return mod;
}

// Python's floor division, consistent with py_mod: vx == div*wx + mod.
double py_floordiv(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0 && ((wx < 0) != (mod < 0))) div -= 1.0;
  if (div != 0.0) {
    double floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
  }
  return std::copysign(0.0, vx / wx);
}

}  // namespace

Value raise_range_error() {
  Tuple* args = tuple_pack({Value::small_int(34), str_value("Numerical result out of range")});
  Value e = exception_new(&exc::OverflowError, args);
  if (e.is_null()) return e;
  return raise_value(e);
}

Value float_pow(double iv, double iw) {
  if (iw == 0.0) return float_value(1.0);
  if (std::isnan(iv)) return float_value(iv);
  if (std::isnan(iw)) return float_value(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double a = std::fabs(iv);
    if (a == 1.0) return float_value(1.0);
    return float_value((iw > 0) == (a > 1.0) ? std::fabs(iw) : 0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0) return float_value(odd ? iv : std::fabs(iv));
    return float_value(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0.0) {
      return raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return float_value(is_odd_integer(iw) ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    // A negative base to a fractional power has a complex result.
    if (iw != std::floor(iw)) return complex_pow_values(iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return float_value(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) return raise_range_error();
  return float_value(negate ? -r : r);
}

Value float_binary(BinaryOp op, Value a, Value b) {
  double x, y;
  int ka = operand(a, &x);
  if (ka <= 0) return ka < 0 ? Value::null() : Value::not_implemented();
  int kb = operand(b, &y);
  if (kb <= 0) return kb < 0 ? Value::null() : Value::not_implemented();
  switch (op) {
    case BinaryOp::Add: return float_value(x + y);
    case BinaryOp::Sub: return float_value(x - y);
    case BinaryOp::Mul: return float_value(x * y);
    case BinaryOp::TrueDiv:
      if (y == 0.0) return raise(&exc::ZeroDivisionError, "float division by zero");
      return float_value(x / y);
    case BinaryOp::FloorDiv:
      if (y == 0.0) return raise(&exc::ZeroDivisionError, "float floor division by zero");
      return float_value(py_floordiv(x, y));
    case BinaryOp::Mod:
      if (y == 0.0) return raise(&exc::ZeroDivisionError, "float modulo");
      return float_value(py_mod(x, y));
    case BinaryOp::Pow: return float_pow(x, y);
    default: return Value::not_implemented();
  }
}

Value float_divmod(Value a, Value b) {
  double x, y;
  int ka = operand(a, &x);
  if (ka <= 0) return ka < 0 ? Value::null() : Value::not_implemented();
  int kb = operand(b, &y);
  if (kb <= 0) return kb < 0 ? Value::null() : Value::not_implemented();
  if (y == 0.0) return raise(&exc::ZeroDivisionError, "float divmod()");
  return Value::object(
      tuple_pack({float_value(py_floordiv(x, y)), float_value(py_mod(x, y))}));
}

Value float_unary(UnaryOp op, Value a) {
  double x = 0;
  float_check(a, &x);
  switch (op) {
    case UnaryOp::Neg: return float_value(-x);
    case UnaryOp::Pos: return float_value(x);
    default: return Value::not_implemented();
  }
}

// `a` is a float (the slot's own operand); b may be a float or an int.
Value float_compare(Value a, Value b, CompareOp op) {
  double x = 0, y;
  float_check(a, &x);
  int c;
  if (float_check(b, &y)) {
    switch (op) {
      case CompareOp::Lt: return Value::boolean(x < y);
      case CompareOp::Le: return Value::boolean(x <= y);
      case CompareOp::Eq: return Value::boolean(x == y);
      case CompareOp::Ne: return Value::boolean(x != y);
      case CompareOp::Gt: return Value::boolean(x > y);
      case CompareOp::Ge: return Value::boolean(x >= y);
    }
  }
  if (!is_int(b)) return Value::not_implemented();
  if (std::isnan(x)) return Value::boolean(op == CompareOp::Ne);
  c = -int_compare_double(b, x);  // exact, no rounding of the int
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::not_implemented();
}

}  // namespace tr
