// math.gamma and math.lgamma. Computed with the Lanczos approximation
// (N=13, g≈6.0247, Boost's "lanczos13m53" coefficients) plus the reflection
// formula for negative arguments — the method CPython uses, so results agree
// to the last bit rather than differing the way libm's tgamma/lgamma do.
#include <cmath>
#include <limits>
#include <numbers>

#include "modules/math_internal.h"

namespace tr::modules::math {
namespace {

enum class MathErr { None, Domain, Range };

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPi = std::numbers::pi;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
// The approximation's rational function num(x) / den(x); index = power of x.
// den(x) is x(x+1)...(x+11) expanded.
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
constexpr double kLanczosDen[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

// (n-1)! for n = 1..23: exactly representable, and returned exactly.
constexpr int kExactGammas = 23;
constexpr double kFactorials[kExactGammas] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

// num(x)/den(x) for x > 0. Horner's rule in x for small x; in 1/x for
// large x, where the leading terms would otherwise overflow.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x) without the error of forming pi * x for large x: reduce x
// modulo 2 first (exact) and pick the octant.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

double gamma(double x, MathErr* err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *err = MathErr::Domain;  // gamma(-inf)
    return x;
  }
  if (x == 0.0) {
    *err = MathErr::Domain;  // a pole
    return std::copysign(kInf, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = MathErr::Domain;
      return x;
    }
    if (x <= kExactGammas) return kFactorials[static_cast<int>(x) - 1];
  }
  double ax = std::fabs(x);
  if (ax < 1e-20) {  // gamma(x) ~ 1/x near zero
    double r = 1.0 / x;
    if (std::isinf(r)) *err = MathErr::Range;
    return r;
  }
  if (ax > 200.0) {  // beyond the double range either way
    if (x < 0.0) return 0.0 / sin_pi(x);
    *err = MathErr::Range;
    return kInf;
  }
  double y = ax + kLanczosGMinusHalf;
  // y was rounded; z recovers the rounding error so it can be corrected for
  // (to first order) below.
  double z =
      ax > kLanczosGMinusHalf ? (y - ax) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - ax;
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    // Reflection: gamma(x) = -pi / (sin(pi x) * x * gamma(-x)).
    r = -kPi / sin_pi(ax) / ax * std::exp(y) / lanczos_sum(ax);
    r -= z * r;
    if (ax < 140.0) {
      r /= std::pow(y, ax - 0.5);
    } else {  // y**(ax-0.5) alone would overflow
      double half = std::pow(y, ax / 2.0 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczos_sum(ax) / std::exp(y);
    r += z * r;
    if (ax < 140.0) {
      r *= std::pow(y, ax - 0.5);
    } else {
      double half = std::pow(y, ax / 2.0 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (std::isinf(r)) *err = MathErr::Range;
  return r;
}

double lgamma(double x, MathErr* err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : kInf;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = MathErr::Domain;  // a pole
      return kInf;
    }
    return 0.0;  // lgamma(1) and lgamma(2), exactly
  }
  double ax = std::fabs(x);
  if (ax < 1e-20) return -std::log(ax);
  double r = std::log(lanczos_sum(ax)) - kLanczosG;
  r += (ax - 0.5) * (std::log(ax + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r;
  if (std::isinf(r)) *err = MathErr::Range;
  return r;
}

Value finish(double r, MathErr err) {
  if (err == MathErr::Domain) return domain_error();
  if (err == MathErr::Range) return range_error();
  return Value::from_double(r);
}

Value math_gamma(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("gamma", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  MathErr err = MathErr::None;
  double r = gamma(x, &err);
  return finish(r, err);
}

Value math_lgamma(const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!check_one("lgamma", nargs, kw) || !to_double(args[0], &x)) return Value::null();
  MathErr err = MathErr::None;
  double r = lgamma(x, &err);
  return finish(r, err);
}

}  // namespace

void add_gamma_functions(Dict* d) {
  add_function(d, "gamma", math_gamma);
  add_function(d, "lgamma", math_lgamma);
}

}  // namespace tr::modules::math
