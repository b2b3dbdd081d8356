// The math module: constants, the one-argument libm functions, rounding to
// ints and float decomposition. The other functions live in math_*.cpp; this
// file holds the argument helpers they share and math_module_init.
#include <cmath>
#include <limits>
#include <numbers>
#include <string_view>
#include <utility>

#include "modules/math_internal.h"
#include "modules/native_modules.h"

namespace tr::modules {
namespace math {

// ---------------------------------------------------------------------------
// Shared helpers (math_internal.h)

Value checked_result(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return Value::from_double(r);
}

bool check_one(const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size_) {
    raise(&exc::TypeError, "math.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    raise(&exc::TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

bool check_two(const char* name, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size_) {
    raise(&exc::TypeError, "math.%s() takes no keyword arguments", name);
    return false;
  }
  return check_nargs(name, nargs, 2, 2);
}

bool parse_kwonly(const KwSignature& sig, const Value* args, size_t nargs, Tuple* kwnames,
                  Value* out) {
  size_t nkw = kwnames ? kwnames->size_ : 0;
  const char* f = sig.fname;
  for (size_t i = 0; i < sig.nparams; ++i) out[i] = Value::null();
  if (nargs + nkw > sig.nparams) {
    // Argument Clinic says "keyword arguments" when nothing was positional.
    raise(&exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", f, sig.nparams,
          nargs == 0 ? "keyword " : "", sig.nparams == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  size_t nposonly = 0;
  while (nposonly < sig.npos && !sig.names[nposonly]) ++nposonly;
  size_t min_posonly = nposonly < sig.nrequired ? nposonly : sig.nrequired;
  if (nargs > sig.npos || nargs < min_posonly) {
    bool too_many = nargs > sig.npos;
    size_t n = too_many ? sig.npos : min_posonly;
    const char* how = too_many ? (sig.nrequired < sig.npos ? "at most" : "exactly")
                               : (min_posonly < sig.npos ? "at least" : "exactly");
    raise(&exc::TypeError, "%s() takes %s %zu positional argument%s (%zu given)", f, how, n,
          n == 1 ? "" : "s", nargs);
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  auto find = [&](const char* name) -> Value {
    for (size_t k = 0; k < nkw; ++k)
      if (kwnames->items_[k].as<Str>()->view() == name) return args[nargs + k];
    return Value::null();
  };
  size_t matched = 0;
  for (size_t i = nargs > nposonly ? nargs : nposonly; i < sig.nparams; ++i) {
    out[i] = find(sig.names[i]);
    if (!out[i].is_null()) {
      ++matched;
    } else if (i < sig.nrequired) {
      raise(&exc::TypeError, "%s() missing required argument '%s' (pos %zu)", f, sig.names[i],
            i + 1);
      return false;
    }
  }
  if (matched == nkw) return true;
  for (size_t i = nposonly; i < nargs; ++i) {
    if (!find(sig.names[i]).is_null()) {
      raise(&exc::TypeError, "argument for %s() given by name ('%s') and position (%zu)", f,
            sig.names[i], i + 1);
      return false;
    }
  }
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kw = kwnames->items_[k].as<Str>()->view();
    bool known = false;
    for (size_t i = nposonly; i < sig.nparams && !known; ++i) known = kw == sig.names[i];
    if (!known) {
      raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for %s()",
            static_cast<int>(kw.size()), kw.data(), f);
      return false;
    }
  }
  return true;
}

bool index_to_mpz(Value v, mpz_t out) {
  Value i = to_index(v);
  if (i.is_null()) return false;
  int_to_mpz(i, out);
  return true;
}

namespace {

// ---------------------------------------------------------------------------
// One-argument libm functions

struct UnaryDef {
  const char* name;
  double (*fn)(double);
  bool can_overflow;  // an infinite result from a finite input is a range error
};

// The functions CPython wraps directly around the C library; they share
// the conversion and the result check.
constexpr UnaryDef kUnary[] = {
    {"acos", [](double x) { return std::acos(x); }, false},
    {"acosh", [](double x) { return std::acosh(x); }, false},
    {"asin", [](double x) { return std::asin(x); }, false},
    {"asinh", [](double x) { return std::asinh(x); }, false},
    {"atan", [](double x) { return std::atan(x); }, false},
    {"atanh", [](double x) { return std::atanh(x); }, false},
    {"cbrt", [](double x) { return std::cbrt(x); }, false},
    {"cos", [](double x) { return std::cos(x); }, false},
    {"cosh", [](double x) { return std::cosh(x); }, true},
    {"erf", [](double x) { return std::erf(x); }, false},
    {"erfc", [](double x) { return std::erfc(x); }, false},
    {"exp", [](double x) { return std::exp(x); }, true},
    {"exp2", [](double x) { return std::exp2(x); }, true},
    {"expm1", [](double x) { return std::expm1(x); }, true},
    {"fabs", [](double x) { return std::fabs(x); }, false},
    {"log1p", [](double x) { return std::log1p(x); }, false},
    {"sin", [](double x) { return std::sin(x); }, false},
    {"sinh", [](double x) { return std::sinh(x); }, true},
    {"sqrt", [](double x) { return std::sqrt(x); }, false},
    {"tan", [](double x) { return std::tan(x); }, false},
    {"tanh", [](double x) { return std::tanh(x); }, false},
};

template <size_t I>
Value unary_entry(const Value* args, size_t nargs, Tuple* kw) {
  const UnaryDef& def = kUnary[I];
  if (!check_one(def.name, nargs, kw)) return Value::null();
  double x;
  if (!to_double(args[0], &x)) return Value::null();
  return checked_result(x, def.fn(x), def.can_overflow);
}

template <size_t... I>
void add_unary(Dict* d, std::index_sequence<I...>) {
  (add_function(d, kUnary[I].name, unary_entry<I>), ...);
}

// ---------------------------------------------------------------------------
// ceil, floor, trunc: ints out, through the type's own method when it has one

// Calls type(v).name bound to v. Null without an exception when the type
// has no such method.
Value call_special(Value v, Str* name) {
  Type* t = type_of(v);
  Value m = type_lookup(t, name);
  if (m.is_null()) return m;
  Type* mt = type_of(m);
  if (mt->descr_get_) {
    m = mt->descr_get_(m, v, Value::object(t));
    if (m.is_null()) return m;
  }
  return call0(m);
}

Value round_to_int(const char* name, Str* method, double (*op)(double), const Value* args,
                   size_t nargs, Tuple* kw) {
  if (!check_one(name, nargs, kw)) return Value::null();
  Value x = args[0];
  if (x.is_double()) return int_from_double(op(x.as_double()));
  if (is_exact_int(x)) return x;
  Value r = call_special(x, method);
  if (!r.is_null() || error_pending()) return r;
  double d;
  if (!to_double(x, &d)) return Value::null();
  return int_from_double(op(d));
}

Value math_ceil(const Value* args, size_t nargs, Tuple* kw) {
  return round_to_int(
      "ceil", names::dunder_ceil, [](double x) { return std::ceil(x); }, args, nargs, kw);
}

Value math_floor(const Value* args, size_t nargs, Tuple* kw) {
  return round_to_int(
      "floor", names::dunder_floor, [](double x) { return std::floor(x); }, args, nargs, kw);
}

Value math_trunc(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one("trunc", nargs, kw)) return Value::null();
  Value x = args[0];
  if (x.is_double()) return int_from_double(std::trunc(x.as_double()));
  if (is_exact_int(x)) return x;
  Value r = call_special(x, names::dunder_trunc);
  if (!r.is_null() || error_pending()) return r;
  // Unlike ceil and floor, trunc has no __float__ fallback.
  return raise(&exc::TypeError, "type %s doesn't define __trunc__ method", type_name_of(x));
}

// ---------------------------------------------------------------------------
// Classification, angles, decomposition

template <bool (*Test)(double)>
Value classify(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one(name, nargs, kw)) return Value::null();
  double x;
  if (!to_double(args[0], &x)) return Value::null();
  return Value::boolean(Test(x));
}

bool test_finite(double x) {
  return std::isfinite(x);
}
bool test_inf(double x) {
  return std::isinf(x);
}
bool test_nan(double x) {
  return std::isnan(x);
}

Value math_isfinite(const Value* a, size_t n, Tuple* k) {
  return classify<test_finite>("isfinite", a, n, k);
}
Value math_isinf(const Value* a, size_t n, Tuple* k) {
  return classify<test_inf>("isinf", a, n, k);
}
Value math_isnan(const Value* a, size_t n, Tuple* k) {
  return classify<test_nan>("isnan", a, n, k);
}

constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double kDegToRad = std::numbers::pi / 180.0;

Value math_degrees(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("degrees", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  return Value::from_double(x * kRadToDeg);
}

Value math_radians(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("radians", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  return Value::from_double(x * kDegToRad);
}

Value math_frexp(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("frexp", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  int e = 0;
  // C leaves the exponent of inf and nan unspecified; Python says 0.
  double m = (std::isfinite(x) && x != 0.0) ? std::frexp(x, &e) : x;
  return Value::object(tuple_pack({Value::from_double(m), Value::small_int(e)}));
}

Value math_modf(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("modf", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  double frac, whole;
  if (std::isinf(x)) {
    frac = std::copysign(0.0, x);
    whole = x;
  } else {
    frac = std::modf(x, &whole);
  }
  return Value::object(tuple_pack({Value::from_double(frac), Value::from_double(whole)}));
}

Value math_ulp(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("ulp", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double up = std::nextafter(x, kInf);
  // The largest double has no successor: measure the gap below it instead.
  if (std::isinf(up)) return Value::from_double(x - std::nextafter(x, -kInf));
  return Value::from_double(up - x);
}

}  // namespace

void add_float_functions(Dict* d) {
  add_unary(d, std::make_index_sequence<std::size(kUnary)>{});
  add_function(d, "ceil", math_ceil);
  add_function(d, "floor", math_floor);
  add_function(d, "trunc", math_trunc);
  add_function(d, "isfinite", math_isfinite);
  add_function(d, "isinf", math_isinf);
  add_function(d, "isnan", math_isnan);
  add_function(d, "degrees", math_degrees);
  add_function(d, "radians", math_radians);
  add_function(d, "frexp", math_frexp);
  add_function(d, "modf", math_modf);
  add_function(d, "ulp", math_ulp);
}

}  // namespace math

// ---------------------------------------------------------------------------
// The module

Status math_module_init(Module* m) {
  Dict* d = m->dict_;
  auto set = [&](const char* name, double v) {
    return dict_set_str(d, str_intern(name), Value::from_double(v));
  };
  if (failed(set("pi", std::numbers::pi)) || failed(set("e", std::numbers::e)) ||
      failed(set("tau", 2 * std::numbers::pi)) ||
      failed(set("inf", std::numeric_limits<double>::infinity())) ||
      // A heap NaN, so that math.nan is math.nan but not float('nan').
      failed(dict_set_str(d, str_intern("nan"), float_nan_object())))
    return Status::Error;
  math::add_float_functions(d);
  math::add_binary_functions(d);
  math::add_log_functions(d);
  math::add_gamma_functions(d);
  math::add_sum_functions(d);
  math::add_integer_functions(d);
  return Status::Ok;
}

}  // namespace tr::modules
