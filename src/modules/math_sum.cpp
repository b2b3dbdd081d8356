// math.fsum — the exactly rounded sum of floats — and math.prod.
// fsum keeps the running total as a list of non-overlapping partial sums
// (Shewchuk's adaptive-precision addition), so no bit is lost until the end.
#include <cmath>
#include <vector>

#include "modules/math_internal.h"

namespace tr::modules::math {
namespace {

// The partials hold the exact sum of what has been added so far as doubles
// that do not overlap, smallest magnitude first. Adding x walks them with
// error-free two-sums, keeping each nonzero rounding error as a new partial.
class ExactSum {
 public:
  // False when a finite intermediate overflowed (the caller raises).
  bool add(double x) {
    double original = x;
    size_t kept = 0;
    for (double y : partials_) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);  // exact error of hi, given |x| >= |y|
      if (lo != 0.0) partials_[kept++] = lo;
      x = hi;
    }
    partials_.resize(kept);
    if (x == 0.0) return true;
    if (std::isfinite(x)) {
      partials_.push_back(x);
      return true;
    }
    if (std::isfinite(original)) return false;
    // An inf or nan input: the finite partials no longer matter; inf_sum
    // remembers whether infinities of both signs were seen (it turns nan).
    if (std::isinf(original)) inf_sum_ += original;
    special_sum_ += original;
    partials_.clear();
    return true;
  }

  bool saw_special() const { return special_sum_ != 0.0; }  // true for nan too
  bool opposite_infinities() const { return std::isnan(inf_sum_); }
  double special_sum() const { return special_sum_; }

  // The exact sum rounded once, to nearest with ties to even.
  double result() const {
    size_t n = partials_.size();
    if (n == 0) return 0.0;
    double hi = partials_[--n];
    double lo = 0.0;
    // Add from the largest down until a rounding error appears; the
    // partials below it can then only decide a tie.
    while (n > 0) {
      double x = hi;
      double y = partials_[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // hi + lo is exact. If lo is exactly half an ulp of hi and the next
    // partial has the same sign, the true sum is past the halfway point:
    // round away from hi's tie-to-even choice.
    if (n > 0 && ((lo < 0.0 && partials_[n - 1] < 0.0) || (lo > 0.0 && partials_[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
    return hi;
  }

 private:
  std::vector<double> partials_;
  double special_sum_ = 0.0;
  double inf_sum_ = 0.0;
};

Value math_fsum(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_one("fsum", nargs, kw)) return Value::null();
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  ExactSum sum;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return item;
    if (item.is_exhausted()) break;
    double x;
    if (!to_double(item, &x)) return Value::null();
    if (!sum.add(x)) return raise(&exc::OverflowError, "intermediate overflow in fsum");
  }
  if (sum.saw_special()) {
    if (sum.opposite_infinities()) return raise(&exc::ValueError, "-inf + inf in fsum");
    return Value::from_double(sum.special_sum());
  }
  return Value::from_double(sum.result());
}

// prod(iterable, /, *, start=1): start * item0 * item1 ..., with each
// type's own multiplication (ints stay exact, sequences repeat).
Value math_prod(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {nullptr, "start"};
  static const KwSignature kSig = {"prod", kNames, 1, 1, 2};
  Value in[2];
  if (!parse_kwonly(kSig, args, nargs, kw, in)) return Value::null();
  Value result = in[1].is_null() ? Value::small_int(1) : in[1];
  Value it = get_iter(in[0]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return item;
    if (item.is_exhausted()) return result;
    result = binary_op(BinaryOp::Mul, result, item);
    if (result.is_null()) return result;
  }
}

}  // namespace

void add_sum_functions(Dict* d) {
  add_function(d, "fsum", math_fsum);
  add_function(d, "prod", math_prod);
}

}  // namespace tr::modules::math
