// math functions of two or more floats: pow, fmod, remainder, atan2,
// copysign, nextafter, ldexp, hypot, dist and isclose, with CPython's
// special-value rules where they differ from the C library's.
#include <cfloat>
#include <climits>
#include <cmath>
#include <limits>
#include <vector>

#include "modules/math_internal.h"

namespace tr::modules::math {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Converts both arguments of a two-float function; false on error.
bool two_doubles(const char* name, const Value* args, size_t nargs, Tuple* kw, double* x,
                 double* y) {
  return check_two(name, nargs, kw) && to_double(args[0], x) && to_double(args[1], y);
}

// ---------------------------------------------------------------------------
// pow

// x**y for the cases with a NaN or an infinity, where C99's Annex F rules
// are spelled out so that no libm quirk leaks through.
double pow_special(double x, double y) {
  if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0.0) return odd_y ? x : std::fabs(x);
    if (y == 0.0) return 1.0;
    return odd_y ? std::copysign(0.0, x) : 0.0;
  }
  // y is infinite, x finite
  if (std::fabs(x) == 1.0) return 1.0;
  if (y > 0.0) return std::fabs(x) > 1.0 ? y : 0.0;
  return std::fabs(x) < 1.0 ? -y : 0.0;
}

Value math_pow(const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles("pow", args, nargs, kw, &x, &y)) return Value::null();
  if (!std::isfinite(x) || !std::isfinite(y)) return Value::from_double(pow_special(x, y));
  double r = std::pow(x, y);
  if (std::isnan(r)) return domain_error();  // negative ** fraction
  if (std::isinf(r))
    return x == 0.0 ? domain_error()  // 0 ** negative
                    : range_error();
  return Value::from_double(r);
}

// ---------------------------------------------------------------------------
// fmod, remainder, atan2, copysign, nextafter

Value math_fmod(const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, kw, &x, &y)) return Value::null();
  if (std::isinf(y) && std::isfinite(x)) return Value::from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return Value::from_double(r);
}

Value math_remainder(const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles("remainder", args, nargs, kw, &x, &y)) return Value::null();
  double r = std::remainder(x, y);  // IEEE 754 remainder: exact
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return Value::from_double(r);
}

Value math_atan2(const Value* args, size_t nargs, Tuple* kw) {
  double y, x;
  if (!two_doubles("atan2", args, nargs, kw, &y, &x)) return Value::null();
  return Value::from_double(std::atan2(y, x));
}

Value math_copysign(const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles("copysign", args, nargs, kw, &x, &y)) return Value::null();
  return Value::from_double(std::copysign(x, y));
}

Value math_nextafter(const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, kw, &x, &y)) return Value::null();
  return Value::from_double(std::nextafter(x, y));
}

Value math_ldexp(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_two("ldexp", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  if (!is_int(args[1]))
    return raise(&exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  // An exponent past int64 only tells over- from underflow: clamp it.
  if (!int_to_i64(args[1], &e)) e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  if (x == 0.0 || !std::isfinite(x)) return Value::from_double(x);
  if (e > INT_MAX) return range_error();
  if (e < INT_MIN) return Value::from_double(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error();
  return Value::from_double(r);
}

// ---------------------------------------------------------------------------
// hypot and dist: the Euclidean norm, rounded as CPython rounds it

// a*a exactly as hi + lo (Veltkamp's split; no fused multiply-add needed).
void square_exact(double a, double* hi, double* lo) {
  constexpr double kSplit = 134217729.0;  // 2^27 + 1
  double p = a * a;
  double c = kSplit * a;
  double ah = c - (c - a);
  double al = a - ah;
  *hi = p;
  *lo = ((ah * ah - p) + ah * al + al * ah) + al * al;
}

}  // namespace

// The squares are scaled so the largest is below 1 and summed against a
// leading 1.0, which keeps every addition a fast two-sum with its error
// saved; one Newton step on the square root then corrects the last bit.
double vector_norm(const double* v, size_t n, double max, bool any_nan) {
  if (std::isinf(max)) return max;
  if (any_nan) return kNan;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // 2^-max_e would overflow: lift the subnormals into the normal range first.
    std::vector<double> lifted(v, v + n);
    for (double& x : lifted) x /= DBL_MIN;
    return DBL_MIN * vector_norm(lifted.data(), n, max / DBL_MIN, any_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double sum = 1.0, frac_products = 0.0, frac_sums = 0.0;
  auto accumulate = [&](double hi, double lo) {
    double s = sum + hi;
    frac_sums += hi - (s - sum);
    frac_products += lo;
    sum = s;
  };
  for (size_t i = 0; i < n; ++i) {
    double hi, lo;
    square_exact(v[i] * scale, &hi, &lo);
    accumulate(hi, lo);
  }
  double h = std::sqrt(sum - 1.0 + (frac_products + frac_sums));
  double hi, lo;
  square_exact(h, &hi, &lo);  // subtract h*h to get the residual
  accumulate(-hi, -lo);
  double residual = sum - 1.0 + (frac_products + frac_sums);
  h += residual / (2.0 * h);
  return h / scale;
}

namespace {

Value math_hypot(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "math.hypot() takes no keyword arguments");
  std::vector<double> v(nargs);
  double max = 0.0;
  bool any_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x;
    if (!to_double(args[i], &x)) return Value::null();
    x = std::fabs(x);
    v[i] = x;
    any_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(v.data(), nargs, max, any_nan));
}

// The items of a point: a tuple's own, or those of tuple(p).
Value as_tuple(Value p) {
  if (is_tuple(p)) return p;
  Value l = list_from_iterable(p);
  if (l.is_null()) return l;
  return list_to_tuple(l.as<List>());
}

Value math_dist(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_two("dist", nargs, kw)) return Value::null();
  Value p = as_tuple(args[0]);
  if (p.is_null()) return p;
  Value q = as_tuple(args[1]);
  if (q.is_null()) return q;
  Tuple* pt = p.as<Tuple>();
  Tuple* qt = q.as<Tuple>();
  if (pt->size_ != qt->size_)
    return raise(&exc::ValueError, "both points must have the same number of dimensions");
  size_t n = pt->size_;
  std::vector<double> diffs(n);
  double max = 0.0;
  bool any_nan = false;
  for (size_t i = 0; i < n; ++i) {
    double a, b;
    if (!to_double(pt->items_[i], &a) || !to_double(qt->items_[i], &b)) return Value::null();
    double x = std::fabs(a - b);
    diffs[i] = x;
    any_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::from_double(vector_norm(diffs.data(), n, max, any_nan));
}

// ---------------------------------------------------------------------------
// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)

Value math_isclose(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
  static const KwSignature kSig = {"isclose", kNames, 2, 2, 4};
  Value in[4];
  if (!parse_kwonly(kSig, args, nargs, kw, in)) return Value::null();
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(in[0], &a) || !to_double(in[1], &b)) return Value::null();
  if (!in[2].is_null() && !to_double(in[2], &rel_tol)) return Value::null();
  if (!in[3].is_null() && !to_double(in[3], &abs_tol)) return Value::null();
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return raise(&exc::ValueError, "tolerances must be non-negative");
  if (a == b) return Value::true_();  // also equal infinities
  // An infinity is close only to itself, whatever the tolerances.
  if (std::isinf(a) || std::isinf(b)) return Value::false_();
  double diff = std::fabs(b - a);
  return Value::boolean(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                        diff <= abs_tol);
}

}  // namespace

void add_binary_functions(Dict* d) {
  add_function(d, "pow", math_pow);
  add_function(d, "fmod", math_fmod);
  add_function(d, "remainder", math_remainder);
  add_function(d, "atan2", math_atan2);
  add_function(d, "copysign", math_copysign);
  add_function(d, "nextafter", math_nextafter);
  add_function(d, "ldexp", math_ldexp);
  add_function(d, "hypot", math_hypot);
  add_function(d, "dist", math_dist);
  add_function(d, "isclose", math_isclose);
}

}  // namespace tr::modules::math
