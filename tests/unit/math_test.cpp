// Unit tests of the math module (modules/math_*.cpp) through its Python
// interface: fsum's exact rounding, isqrt and log on big ints, factorial.
#include <gmp.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class MathTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }

  static Value fn(const char* name) {
    Value m = import_absolute(str_intern("math"));
    EXPECT_FALSE(m.is_null());
    Value f = getattr(m, str_intern(name));
    EXPECT_FALSE(f.is_null()) << name;
    return f;
  }
  static Value list_of(const std::vector<double>& xs) {
    List* l = list_new(0);
    for (double x : xs) EXPECT_FALSE(failed(list_append(l, Value::from_double(x))));
    return Value::object(l);
  }
  static double fsum(const std::vector<double>& xs) {
    Value r = call1(fn("fsum"), list_of(xs));
    EXPECT_TRUE(!r.is_null() && r.is_double());
    return r.is_null() ? NAN : r.as_double();
  }
  // The pending exception's type after a failed call, cleared.
  static bool raised(Value r, Type* t) {
    if (!r.is_null()) return false;
    bool ok = error_matches(t);
    error_clear();
    return ok;
  }
};

// |exact - r| <= ulp(r) / 2, with the exact sum computed in rationals.
void expect_correctly_rounded(const std::vector<double>& xs, double r) {
  mpq_t exact, term, err, half_ulp;
  mpq_inits(exact, term, err, half_ulp, nullptr);
  for (double x : xs) {
    mpq_set_d(term, x);
    mpq_add(exact, exact, term);
  }
  mpq_set_d(term, r);
  mpq_sub(err, exact, term);
  mpq_abs(err, err);
  double ulp = std::nextafter(std::fabs(r), INFINITY) - std::fabs(r);
  mpq_set_d(half_ulp, ulp / 2);
  EXPECT_LE(mpq_cmp(err, half_ulp), 0) << "fsum result " << r << " is not the rounded sum";
  mpq_clears(exact, term, err, half_ulp, nullptr);
}

TEST_F(MathTest, FsumClassicCancellation) {
  EXPECT_EQ(fsum(std::vector<double>(10, 0.1)), 1.0);
  EXPECT_EQ(fsum({1.0, 1e100, 1.0, -1e100}), 2.0);
  EXPECT_EQ(fsum({1e-16, 1.0, 1e16}), 1.0000000000000002e16);
  EXPECT_EQ(fsum({}), 0.0);
  EXPECT_EQ(fsum({1e308, -1e308, 1e-308}), 1e-308);
}

TEST_F(MathTest, FsumRoundsHalfToEvenOnTheWholeSum) {
  const double tiny = std::ldexp(1.0, -53);  // half an ulp of 1.0
  EXPECT_EQ(fsum({1.0, tiny}), 1.0);         // a tie: stays even
  // A partial below the tie breaks it upwards, however small.
  EXPECT_EQ(fsum({1.0, tiny, std::ldexp(1.0, -200)}), std::nextafter(1.0, 2.0));
  EXPECT_EQ(fsum({1.0, -tiny / 2, -std::ldexp(1.0, -200)}), std::nextafter(1.0, 0.0));
}

TEST_F(MathTest, FsumIsExactOnIllConditionedData) {
  // Deterministic pseudo-random terms over a wide range of magnitudes, with
  // every term also added negated-and-shifted so the sum cancels heavily.
  uint64_t s = 88172645463325252ull;
  auto next = [&] {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  };
  for (int round = 0; round < 50; ++round) {
    std::vector<double> xs;
    for (int i = 0; i < 200; ++i) {
      double mant = static_cast<double>(next() >> 11) / 9007199254740992.0 - 0.5;
      int exp = static_cast<int>(next() % 120) - 60;
      xs.push_back(std::ldexp(mant, exp));
      if (i % 3 == 0) xs.push_back(-xs.back() * (1 + std::ldexp(1.0, -40)));
    }
    expect_correctly_rounded(xs, fsum(xs));
  }
}

TEST_F(MathTest, FsumSpecialValues) {
  EXPECT_TRUE(std::isinf(fsum({INFINITY, 1.0})));
  EXPECT_TRUE(std::isnan(fsum({NAN, 1.0})));
  EXPECT_TRUE(raised(call1(fn("fsum"), list_of({INFINITY, -INFINITY})), &exc::ValueError));
  EXPECT_TRUE(raised(call1(fn("fsum"), list_of({1e308, 1e308})), &exc::OverflowError));
}

TEST_F(MathTest, IsqrtOfBigIntsIsTheFloorRoot) {
  mpz_t n, r, lo, hi;
  mpz_inits(n, r, lo, hi, nullptr);
  std::vector<const char*> cases = {
      "0",
      "1",
      "99999999999999999999999999999999999999999999",
      "100000000000000000000000000000000000000000000",
      "340282366920938463463374607431768211455",  // 2**128 - 1
      "340282366920938463463374607431768211456",  // 2**128
  };
  for (const char* text : cases) {
    mpz_set_str(n, text, 10);
    Value res = call1(fn("isqrt"), int_from_mpz(n));
    ASSERT_FALSE(res.is_null()) << text;
    int_to_mpz(res, r);
    mpz_mul(lo, r, r);
    mpz_add_ui(hi, r, 1);
    mpz_mul(hi, hi, hi);
    EXPECT_LE(mpz_cmp(lo, n), 0) << text;
    EXPECT_GT(mpz_cmp(hi, n), 0) << text;
  }
  // Perfect squares and their neighbours, far past 64 bits.
  mpz_ui_pow_ui(r, 3, 500);
  mpz_mul(n, r, r);
  Value root = call1(fn("isqrt"), int_from_mpz(n));
  int_to_mpz(root, lo);
  EXPECT_EQ(mpz_cmp(lo, r), 0);
  mpz_sub_ui(n, n, 1);
  int_to_mpz(call1(fn("isqrt"), int_from_mpz(n)), lo);
  mpz_sub_ui(r, r, 1);
  EXPECT_EQ(mpz_cmp(lo, r), 0);
  EXPECT_TRUE(raised(call1(fn("isqrt"), Value::small_int(-1)), &exc::ValueError));
  mpz_clears(n, r, lo, hi, nullptr);
}

TEST_F(MathTest, LogOfIntsBeyondTheDoubleRange) {
  mpz_t n;
  mpz_init(n);
  mpz_ui_pow_ui(n, 10, 1000);
  Value r = call1(fn("log"), int_from_mpz(n));
  ASSERT_TRUE(r.is_double());
  EXPECT_EQ(r.as_double(), 2302.585092994045);  // CPython 3.11's value
  mpz_ui_pow_ui(n, 2, 5000);
  r = call1(fn("log2"), int_from_mpz(n));
  ASSERT_TRUE(r.is_double());
  EXPECT_EQ(r.as_double(), 5000.0);
  mpz_clear(n);
}

TEST_F(MathTest, FactorialIsExact) {
  Value r = call1(fn("factorial"), Value::small_int(25));
  mpz_t got, want;
  mpz_inits(got, want, nullptr);
  int_to_mpz(r, got);
  mpz_fac_ui(want, 25);
  EXPECT_EQ(mpz_cmp(got, want), 0);
  EXPECT_TRUE(raised(call1(fn("factorial"), Value::small_int(-1)), &exc::ValueError));
  EXPECT_TRUE(raised(call1(fn("factorial"), Value::from_double(2.0)), &exc::TypeError));
  mpz_clears(got, want, nullptr);
}

}  // namespace
}  // namespace tr
