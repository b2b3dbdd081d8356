// complex: two doubles on the heap. Arithmetic mixed with int and float
// (CPython's algorithms for / and **), equality, hash, complex(real, imag)
// and the methods. Text (repr, format, parsing) is in complex_text.cpp.
#include <cerrno>
#include <cmath>
#include <string>

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/function.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "objects/type_internal.h"

namespace tr {

Type complex_type;

namespace {

struct C {
  double re, im;
};

bool is_complex(Value v) { return v.is_object() && isinstance_of(v, &complex_type); }
C value_of(Value v) {
  auto* c = static_cast<Complex*>(v.as_object());
  return {c->real_, c->imag_};
}

Value make(C c) { return complex_new(c.re, c.im); }

// A complex, float or int operand. 1 = ok, 0 = NotImplemented, -1 = error.
int operand(Value v, C* out) {
  if (is_complex(v)) {
    *out = value_of(v);
    return 1;
  }
  double d;
  if (float_check(v, &d)) {
    *out = {d, 0.0};
    return 1;
  }
  if (!is_int(v)) return 0;
  bool overflow;
  d = int_to_double(v, &overflow);
  if (overflow) {
    raise(&exc::OverflowError, "int too large to convert to float");
    return -1;
  }
  *out = {d, 0.0};
  return 1;
}

// ---------------------------------------------------------------------------
// Arithmetic (the C-level algorithms CPython uses, so results agree bit for bit)

C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's method; *zero_div for a zero divisor.
C c_quot(C a, C b, bool* zero_div) {
  double abs_bre = std::fabs(b.re), abs_bim = std::fabs(b.im);
  if (abs_bre >= abs_bim) {
    if (abs_bre == 0.0) {
      *zero_div = true;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bim >= abs_bre) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // at least one of b's parts is NaN
}

C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

// a ** b; *domain for 0 to a negative or complex power.
C c_pow(C a, C b, bool* domain) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *domain = true;
    return {0.0, 0.0};
  }
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = static_cast<long>(b.re);
    if (n > 0) return c_powu(a, n);
    return c_quot({1.0, 0.0}, c_powu(a, -n), domain);
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// CPython reports complex ** errors through errno as set by libm (cos(inf)
// is EDOM, so inf ** 1j is a "ZeroDivisionError"); the same libm calls here
// set the same errno.
Value pow_result(C a, C b) {
  bool domain = false;
  errno = 0;
  C r = c_pow(a, b, &domain);
  if (domain) errno = EDOM;
  if (std::isinf(r.re) || std::isinf(r.im)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;  // underflow is not an error
  }
  if (errno == EDOM) {
    return raise(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
  }
  if (errno == ERANGE) return raise(&exc::OverflowError, "complex exponentiation");
  return make(r);
}

Value complex_binary(BinaryOp op, Value av, Value bv) {
  C a, b;
  int ka = operand(av, &a);
  if (ka <= 0) return ka < 0 ? Value::null() : Value::not_implemented();
  int kb = operand(bv, &b);
  if (kb <= 0) return kb < 0 ? Value::null() : Value::not_implemented();
  switch (op) {
    case BinaryOp::Add: return make({a.re + b.re, a.im + b.im});
    case BinaryOp::Sub: return make({a.re - b.re, a.im - b.im});
    case BinaryOp::Mul: return make(c_prod(a, b));
    case BinaryOp::TrueDiv: {
      bool zero = false;
      C r = c_quot(a, b, &zero);
      if (zero) return raise(&exc::ZeroDivisionError, "complex division by zero");
      return make(r);
    }
    case BinaryOp::Pow: return pow_result(a, b);
    default: return Value::not_implemented();
  }
}

Value complex_unary(UnaryOp op, Value v) {
  C c = value_of(v);
  switch (op) {
    case UnaryOp::Neg: return make({-c.re, -c.im});
    case UnaryOp::Pos: return make(c);
    default: return Value::not_implemented();
  }
}

Value complex_compare(Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Value::not_implemented();
  C x = value_of(a);
  bool eq;
  double d;
  if (is_complex(b)) {
    C y = value_of(b);
    eq = x.re == y.re && x.im == y.im;
  } else if (float_check(b, &d)) {
    eq = x.im == 0.0 && x.re == d;
  } else if (is_int(b)) {
    eq = x.im == 0.0 && !std::isnan(x.re) && int_compare_double(b, x.re) == 0;
  } else {
    return Value::not_implemented();
  }
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

int64_t complex_hash(Value v) {
  C c = value_of(v);
  uint64_t h = static_cast<uint64_t>(float_hash(c.re)) +
               1000003u * static_cast<uint64_t>(float_hash(c.im));
  int64_t r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

int complex_bool(Value v) {
  C c = value_of(v);
  return c.re != 0.0 || c.im != 0.0;
}

// ---------------------------------------------------------------------------
// complex(real, imag)

// A number argument of complex(): 1 ok, 0 not a number, -1 error.
int number_arg(Value v, C* out) {
  if (is_complex(v)) {
    *out = value_of(v);
    return 1;
  }
  double d;
  if (float_check(v, &d)) {
    *out = {d, 0.0};
    return 1;
  }
  Type* t = type_of(v);
  if (!is_int(v) && !type_lookup(t, names::dunder_float).is_null() ) {
    if (!to_double(v, &d)) return -1;
    *out = {d, 0.0};
    return 1;
  }
  if (is_int(v) || t->index_) {
    if (!to_double(v, &d)) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

Value complex_new_slot(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"real", "imag"};
  Value a[2];
  if (!parse_args("complex", args, nargs, kwnames, kNames, 2, 0, a)) return Value::null();
  Value real = a[0], imag = a[1];
  C r{0.0, 0.0}, i{0.0, 0.0};
  bool r_complex = false;
  if (!real.is_null() && is_str(real)) {
    if (!imag.is_null()) {
      return raise(&exc::TypeError, "complex() can't take second arg if first is a string");
    }
    Value c = complex_from_string(real.as<Str>()->view(), real);
    if (c.is_null() || cls == &complex_type) return c;
    r = value_of(c);
    return complex_new_of_type(cls, r.re, r.im);
  }
  if (!imag.is_null() && is_str(imag)) {
    return raise(&exc::TypeError, "complex() second arg can't be a string");
  }
  if (!real.is_null()) {
    Value m = is_complex(real) ? Value::null() : type_lookup(type_of(real), names::dunder_complex);
    if (!m.is_null()) {
      Value c = call_bound_special(m, real, nullptr, 0);
      if (c.is_null()) return c;
      if (!is_complex(c)) {
        return raise(&exc::TypeError, "__complex__ returned non-complex (type %s)",
                     type_name_of(c));
      }
      r = value_of(c);
      r_complex = true;
    } else {
      r_complex = is_complex(real);
      int k = number_arg(real, &r);
      if (k < 0) return Value::null();
      if (k == 0) {
        return raise(&exc::TypeError,
                     "complex() first argument must be a string or a number, not '%s'",
                     type_name_of(real));
      }
    }
  }
  if (!imag.is_null()) {
    int k = number_arg(imag, &i);
    if (k < 0) return Value::null();
    if (k == 0) {
      return raise(&exc::TypeError, "complex() second argument must be a number, not '%s'",
                   type_name_of(imag));
    }
  }
  // complex(a, b) == a + b*1j; parts are only combined when an argument is
  // complex, so complex(2, -0.0) keeps its negative zero.
  bool i_complex = !imag.is_null() && is_complex(imag);
  double re = i_complex ? r.re - i.im : r.re;
  double im = imag.is_null() ? r.im : r_complex ? i.re + r.im : i.re;
  return complex_new_of_type(cls, re, im);
}

// ---------------------------------------------------------------------------
// Methods

Value m_conjugate(const Value* a, size_t n, Tuple* k) {
  if (!check_no_kwargs("conjugate", k) || !check_nargs("conjugate", n - 1, 0, 0))
    return Value::null();
  C c = value_of(a[0]);
  return complex_new(c.re, -c.im);
}

Value m_abs(const Value* a, size_t n, Tuple* k) {
  if (!check_no_kwargs("__abs__", k) || !check_nargs("__abs__", n - 1, 0, 0))
    return Value::null();
  C c = value_of(a[0]);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im)) {
    return raise(&exc::OverflowError, "absolute value too large");
  }
  return float_value(r);
}

Value m_complex(const Value* a, size_t n, Tuple* k) {
  if (!check_no_kwargs("__complex__", k) || !check_nargs("__complex__", n - 1, 0, 0))
    return Value::null();
  return make(value_of(a[0]));
}

Value m_getnewargs(const Value* a, size_t n, Tuple* k) {
  if (!check_no_kwargs("__getnewargs__", k) || !check_nargs("__getnewargs__", n - 1, 0, 0))
    return Value::null();
  C c = value_of(a[0]);
  return Value::object(tuple_pack({float_value(c.re), float_value(c.im)}));
}

Value p_real(const Value* a, size_t, Tuple*) { return float_value(value_of(a[0]).re); }
Value p_imag(const Value* a, size_t, Tuple*) { return float_value(value_of(a[0]).im); }

const MethodDef kComplexMethods[] = {
    {"conjugate", m_conjugate, 0},
    {"__abs__", m_abs, 0},
    {"__complex__", m_complex, 0},
    {"__getnewargs__", m_getnewargs, 0},
};

}  // namespace

Value complex_new(double real, double imag) {
  auto* c = alloc<Complex>(&complex_type);
  c->real_ = real;
  c->imag_ = imag;
  return Value::object(c);
}

Value complex_new_of_type(Type* cls, double real, double imag) {
  auto* c = static_cast<Complex*>(alloc_object(cls));
  c->real_ = real;
  c->imag_ = imag;
  return Value::object(c);
}

Value complex_pow_values(double ar, double ai, double br, double bi) {
  return pow_result({ar, ai}, {br, bi});
}

// Called by float_type_init once float is ready.
void complex_type_setup() {
  complex_type.repr_ = complex_repr;
  complex_type.hash_ = complex_hash;
  complex_type.compare_ = complex_compare;
  complex_type.binary_ = complex_binary;
  complex_type.unary_ = complex_unary;
  complex_type.bool_ = complex_bool;
  complex_type.new_ = complex_new_slot;
  complex_type.format_ = complex_format;
  type_ready(&complex_type, "complex", nullptr, sizeof(Complex), kTypeBaseType);
  add_methods(&complex_type, kComplexMethods);
  add_property(&complex_type, "real", p_real);
  add_property(&complex_type, "imag", p_imag);
}

}  // namespace tr
