// The float type object: slots, float() construction, and the methods
// (is_integer, as_integer_ratio, hex/fromhex, __round__ correctly rounded,
// __trunc__/__floor__/__ceil__, conjugate, real/imag).
#include <cmath>
#include <cstdio>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/function.h"
#include "objects/init_internal.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "objects/type_internal.h"

namespace tr {

Type float_type;

void float_add_hex_methods(Type* t);  // float_hex.cpp
void complex_type_setup();            // complex.cpp

namespace {

double self_value(Value v) {
  double d = 0;
  float_check(v, &d);
  return d;
}

// ---------------------------------------------------------------------------
// Slots

int64_t float_hash_slot(Value v) {
  double d = self_value(v);
  // A NaN object hashes by identity, as in CPython 3.10+.
  if (std::isnan(d) && v.is_object()) {
    int64_t h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_object()) >> 4);
    return h == -1 ? -2 : h;
  }
  return float_hash(d);
}
int float_bool_slot(Value v) { return self_value(v) != 0.0; }

// float(x): numbers, strings, __float__, __index__.
Value float_from_object(Value x) {
  if (x.is_double() || (x.is_object() && x.as_object()->cls_ == &float_type)) return x;
  double d;
  if (float_check(x, &d)) return float_value(d);
  if (is_str(x)) return float_parse_text(x.as<Str>()->view(), x);
  if (x.is_object() && isinstance_of(x, &bytes_type))
    return float_parse_text(x.as<Bytes>()->view(), x);
  if (x.is_object() && isinstance_of(x, &bytearray_type))
    return float_parse_text(x.as<ByteArray>()->view(), x);
  Type* t = type_of(x);
  Value m = type_lookup(t, names::dunder_float);
  if (!m.is_null()) {
    Value r = call_bound_special(m, x, nullptr, 0);
    if (r.is_null()) return r;
    if (!float_check(r, &d)) {
      return raise(&exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(t),
                   type_name_of(r));
    }
    return float_value(d);
  }
  if (is_int(x) || t->index_) {
    Value i = to_index(x);
    if (i.is_null()) return i;
    bool overflow;
    d = int_to_double(i, &overflow);
    if (overflow) return raise(&exc::OverflowError, "int too large to convert to float");
    return float_value(d);
  }
  return raise(&exc::TypeError, "float() argument must be a string or a real number, not '%s'",
               type_name(t));
}

Value float_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size_) {
    return raise(&exc::TypeError, "float() takes no keyword arguments");
  }
  if (nargs > 1) return raise(&exc::TypeError, "float expected at most 1 argument, got %zu", nargs);
  Value r = nargs == 0 ? float_value(0.0) : float_from_object(args[0]);
  if (r.is_null() || cls == &float_type) return r;
  return float_new_of_type(cls, r.as_double());
}

// ---------------------------------------------------------------------------
// Methods

bool no_args(const char* name, size_t nargs, Tuple* kw) {
  return check_no_kwargs(name, kw) && check_nargs(name, nargs - 1, 0, 0);
}

Value m_conjugate(const Value* a, size_t n, Tuple* k) {
  return no_args("conjugate", n, k) ? float_value(self_value(a[0])) : Value::null();
}
Value m_float(const Value* a, size_t n, Tuple* k) {
  return no_args("__float__", n, k) ? float_value(self_value(a[0])) : Value::null();
}
Value m_trunc(const Value* a, size_t n, Tuple* k) {
  return no_args("__trunc__", n, k) ? int_from_double(self_value(a[0])) : Value::null();
}
Value m_int(const Value* a, size_t n, Tuple* k) {
  return no_args("__int__", n, k) ? int_from_double(self_value(a[0])) : Value::null();
}
Value m_floor(const Value* a, size_t n, Tuple* k) {
  return no_args("__floor__", n, k) ? int_from_double(std::floor(self_value(a[0])))
                                    : Value::null();
}
Value m_ceil(const Value* a, size_t n, Tuple* k) {
  return no_args("__ceil__", n, k) ? int_from_double(std::ceil(self_value(a[0])))
                                   : Value::null();
}
Value m_abs(const Value* a, size_t n, Tuple* k) {
  return no_args("__abs__", n, k) ? float_value(std::fabs(self_value(a[0]))) : Value::null();
}
Value m_is_integer(const Value* a, size_t n, Tuple* k) {
  if (!no_args("is_integer", n, k)) return Value::null();
  double d = self_value(a[0]);
  return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}
Value m_getnewargs(const Value* a, size_t n, Tuple* k) {
  if (!no_args("__getnewargs__", n, k)) return Value::null();
  return Value::object(tuple_pack({float_value(self_value(a[0]))}));
}
Value m_divmod(const Value* a, size_t n, Tuple* k) {
  if (!check_no_kwargs("__divmod__", k) || !check_nargs("__divmod__", n - 1, 1, 1))
    return Value::null();
  return float_divmod(a[0], a[1]);
}
Value m_rdivmod(const Value* a, size_t n, Tuple* k) {
  if (!check_no_kwargs("__rdivmod__", k) || !check_nargs("__rdivmod__", n - 1, 1, 1))
    return Value::null();
  return float_divmod(a[1], a[0]);
}

Value m_as_integer_ratio(const Value* a, size_t n, Tuple* k) {
  if (!no_args("as_integer_ratio", n, k)) return Value::null();
  double d = self_value(a[0]);
  if (std::isinf(d)) return raise(&exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(&exc::ValueError, "cannot convert NaN to integer ratio");
  int exp;
  double frac = std::frexp(d, &exp);
  // Scale the fraction to an integer: at most 53 doublings are needed.
  for (int i = 0; i < 300 && frac != std::floor(frac); ++i) {
    frac *= 2.0;
    --exp;
  }
  Mpz num, den;
  mpz_set_d(num, frac);
  mpz_set_ui(den, 1);
  if (exp > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(exp));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-exp));
  Value nv = int_from_mpz_take(num);
  Value dv = int_from_mpz_take(den);
  return Value::object(tuple_pack({nv, dv}));
}

// round(x, n), correctly rounded: the exact binary value of x is rounded half
// to even at 10**-n, then the decimal result is rounded to the nearest double.
Value round_to_digits(double x, int64_t ndigits) {
  if (!std::isfinite(x) || ndigits > 323) return float_value(x);
  if (ndigits < -308) return float_value(0.0 * x);
  if (x == 0.0) return float_value(x);
  int exp;
  double frac = std::frexp(std::fabs(x), &exp);
  Mpz m, num, den, q, r, twice, p10;
  mpz_set_d(m, std::ldexp(frac, 53));  // |x| = m * 2**(exp-53)
  int64_t e = exp - 53;
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
  mpz_set(num, m);
  mpz_set_ui(den, 1);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  if (ndigits >= 0) mpz_mul(num, num, p10);
  else mpz_mul(den, den, p10);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  double result;
  bool overflow = false;
  if (ndigits >= 0) {
    Value v = int_binary(BinaryOp::TrueDiv, int_from_mpz(q), int_from_mpz(p10));
    if (v.is_null()) return v;
    result = v.as_double();
  } else {
    mpz_mul(q, q, p10);
    result = mpz_scaled_to_double(q, 0, &overflow);
  }
  if (overflow) return raise(&exc::OverflowError, "rounded value too large to represent");
  return float_value(std::copysign(result, x));
}

Value m_round(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {nullptr};
  Value nd[1];
  if (!parse_args("__round__", args + 1, nargs - 1, kw, kNames, 1, 0, nd)) return Value::null();
  double x = self_value(args[0]);
  if (nd[0].is_null() || nd[0].is_none()) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ties to even
    return int_from_double(rounded);
  }
  Value i = to_index(nd[0]);
  if (i.is_null()) return i;
  int64_t n;
  if (!int_to_i64(i, &n)) n = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  return round_to_digits(x, n);
}

Value m_getformat(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("__getformat__", kw) || !check_nargs("__getformat__", nargs - 1, 1, 1))
    return Value::null();
  if (!is_str(args[1])) {
    return raise(&exc::TypeError, "__getformat__() argument must be str, not %s",
                 type_name_of(args[1]));
  }
  std::string_view s = args[1].as<Str>()->view();
  if (s != "double" && s != "float") {
    return raise(&exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return str_value("IEEE, little-endian");
}

Value p_real(const Value* a, size_t, Tuple*) { return float_value(self_value(a[0])); }
Value p_imag(const Value*, size_t, Tuple*) { return float_value(0.0); }

const MethodDef kFloatMethods[] = {
    {"conjugate", m_conjugate, 0},
    {"is_integer", m_is_integer, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__trunc__", m_trunc, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__round__", m_round, 0},
    {"__int__", m_int, 0},
    {"__float__", m_float, 0},
    {"__abs__", m_abs, 0},
    {"__divmod__", m_divmod, 0},
    {"__rdivmod__", m_rdivmod, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {"__getformat__", m_getformat, kNativeClassMethod},
};

}  // namespace

void float_type_init() {
  float_type.repr_ = float_repr_value;
  float_type.hash_ = float_hash_slot;
  float_type.compare_ = float_compare;
  float_type.binary_ = float_binary;
  float_type.unary_ = float_unary;
  float_type.bool_ = float_bool_slot;
  float_type.new_ = float_new;
  float_type.format_ = float_format;
  type_ready(&float_type, "float", nullptr, sizeof(FloatObject), kTypeBaseType);
  add_methods(&float_type, kFloatMethods);
  add_property(&float_type, "real", p_real);
  add_property(&float_type, "imag", p_imag);
  float_add_hex_methods(&float_type);
  complex_type_setup();
}

}  // namespace tr
