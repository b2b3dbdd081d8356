// Unit tests of arbitrary-precision int arithmetic (objects/int_arith.cpp):
// promotion past 48 bits, normalisation back to inline ints, floor division
// and modulo signs, powers, shifts, bitwise ops on negatives, correctly
// rounded true division and conversion to double, modular pow, hashing.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/int_internal.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class BigIntTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override {
    gc::set_stress(false);
    error_clear();
  }
};

Value I(int64_t i) { return int_from_i64(i); }
Value P(const char* decimal) { return int_from_string(decimal, 10); }
std::string S(Value v) { return int_to_string(v, 10); }
Value op(BinaryOp o, Value a, Value b) { return int_binary(o, a, b); }

TEST_F(BigIntTest, AddPromotesPastInlineRangeAndNormalisesBack) {
  Value max = I(Value::kIntMax);
  EXPECT_TRUE(max.is_int());
  Value big = op(BinaryOp::Add, max, I(1));
  EXPECT_FALSE(big.is_int());
  EXPECT_TRUE(is_exact_int(big));
  EXPECT_EQ(S(big), "140737488355328");
  Value back = op(BinaryOp::Sub, big, I(1));
  EXPECT_TRUE(back.is_int());  // a BigInt never holds an inline-sized value
  EXPECT_EQ(back.as_int(), Value::kIntMax);
  Value min = I(Value::kIntMin);
  EXPECT_TRUE(min.is_int());
  EXPECT_FALSE(op(BinaryOp::Sub, min, I(1)).is_int());
}

TEST_F(BigIntTest, MultiplyKnownValues) {
  Value a = P("123456789012345678901234567890");
  Value b = P("987654321098765432109876543210");
  EXPECT_EQ(S(op(BinaryOp::Mul, a, b)),
            "121932631137021795226185032733622923332237463801111263526900");
  EXPECT_EQ(S(op(BinaryOp::Mul, I(1) , I(0))), "0");
  // 2**47 * 2**47 overflows the inline fast path and must promote.
  Value p47 = op(BinaryOp::Add, I(Value::kIntMax), I(1));
  EXPECT_EQ(S(op(BinaryOp::Mul, p47, p47)), "19807040628566084398385987584");
  EXPECT_EQ(S(op(BinaryOp::Mul, I(-3037000500), I(3037000500))), "-9223372037000250000");
}

TEST_F(BigIntTest, FloorDivisionAndModuloRoundTowardMinusInfinity) {
  Value big = P("-100000000000000000000");
  EXPECT_EQ(S(op(BinaryOp::FloorDiv, big, I(7))), "-14285714285714285715");
  EXPECT_EQ(S(op(BinaryOp::Mod, big, I(7))), "5");
  EXPECT_EQ(S(op(BinaryOp::Mod, P("100000000000000000000"), I(-7))), "-5");
  EXPECT_EQ(S(op(BinaryOp::FloorDiv, I(-7), I(2))), "-4");
  EXPECT_EQ(S(op(BinaryOp::Mod, I(-7), I(2))), "1");
  EXPECT_EQ(S(op(BinaryOp::Mod, I(7), I(-2))), "-1");
  // kIntMin // -1 leaves the inline range.
  EXPECT_EQ(S(op(BinaryOp::FloorDiv, I(Value::kIntMin), I(-1))), "140737488355328");
  Value t = int_divmod(P("-100000000000000000000"), I(7));
  ASSERT_TRUE(is_tuple(t));
  EXPECT_EQ(S(t.as<Tuple>()->items_[0]), "-14285714285714285715");
  EXPECT_EQ(S(t.as<Tuple>()->items_[1]), "5");
}

TEST_F(BigIntTest, DivisionByZeroRaises) {
  EXPECT_TRUE(op(BinaryOp::FloorDiv, P("100000000000000000000"), I(0)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
  error_clear();
  EXPECT_TRUE(op(BinaryOp::Mod, I(5), I(0)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
  error_clear();
  EXPECT_TRUE(op(BinaryOp::TrueDiv, I(5), I(0)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
}

TEST_F(BigIntTest, Powers) {
  EXPECT_EQ(S(op(BinaryOp::Pow, I(2), I(100))), "1267650600228229401496703205376");
  EXPECT_EQ(S(op(BinaryOp::Pow, I(-3), I(41))), "-36472996377170786403");
  EXPECT_EQ(S(op(BinaryOp::Pow, I(7), I(0))), "1");
  EXPECT_EQ(S(op(BinaryOp::Pow, I(-1), P("100000000000000000001"))), "-1");
  Value half = op(BinaryOp::Pow, I(2), I(-1));
  ASSERT_TRUE(half.is_double());
  EXPECT_EQ(half.as_double(), 0.5);
  EXPECT_TRUE(op(BinaryOp::Pow, I(0), I(-1)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
}

TEST_F(BigIntTest, ShiftsAndBitwiseOnNegatives) {
  EXPECT_EQ(S(op(BinaryOp::LShift, I(1), I(100))), "1267650600228229401496703205376");
  EXPECT_EQ(S(op(BinaryOp::RShift, P("-1267650600228229401496703205376"), I(99))), "-2");
  EXPECT_EQ(S(op(BinaryOp::RShift, I(-5), I(1))), "-3");
  EXPECT_EQ(S(op(BinaryOp::RShift, I(-5), I(1000))), "-1");
  EXPECT_EQ(S(op(BinaryOp::And, P("-1267650600228229401496703205376"), I(-1))),
            "-1267650600228229401496703205376");
  EXPECT_EQ(S(op(BinaryOp::Or, P("-1267650600228229401496703205377"), I(1))),
            "-1267650600228229401496703205377");
  EXPECT_EQ(S(op(BinaryOp::Xor, I(-5), I(3))), "-8");
  EXPECT_EQ(S(int_unary(UnaryOp::Invert, P("1267650600228229401496703205376"))),
            "-1267650600228229401496703205377");
  EXPECT_TRUE(op(BinaryOp::LShift, I(1), I(-1)).is_null());
  EXPECT_TRUE(error_matches(&exc::ValueError));
}

TEST_F(BigIntTest, TrueDivisionIsCorrectlyRounded) {
  // (2**53 + 1) / 1 must round to even (2**53), not truncate.
  Value a = op(BinaryOp::Add, op(BinaryOp::Pow, I(2), I(53)), I(1));
  EXPECT_EQ(op(BinaryOp::TrueDiv, a, I(1)).as_double(), 9007199254740992.0);
  // 10**30 / 3 against the decimal-exact value.
  Value q = op(BinaryOp::TrueDiv, P("1000000000000000000000000000000"), I(3));
  EXPECT_EQ(q.as_double(), 3.333333333333333e+29);
  Value huge = op(BinaryOp::Pow, I(10), I(400));
  EXPECT_EQ(op(BinaryOp::TrueDiv, huge, op(BinaryOp::Pow, I(10), I(399))).as_double(), 10.0);
  EXPECT_EQ(op(BinaryOp::TrueDiv, I(1), huge).as_double(), 0.0);
  EXPECT_TRUE(op(BinaryOp::TrueDiv, huge, I(1)).is_null());
  EXPECT_TRUE(error_matches(&exc::OverflowError));
  error_clear();
  // Subnormal result: 1 / 2**1074 is the smallest double.
  Value tiny = op(BinaryOp::TrueDiv, I(1), op(BinaryOp::Pow, I(2), I(1074)));
  EXPECT_EQ(tiny.as_double(), 5e-324);
  EXPECT_TRUE(std::signbit(op(BinaryOp::TrueDiv, I(0), I(-5)).as_double()));
}

TEST_F(BigIntTest, ToDoubleRoundsHalfToEven) {
  bool overflow;
  // 2**53 + 1 is halfway between two doubles: ties to the even 2**53.
  EXPECT_EQ(int_to_double(P("9007199254740993"), &overflow), 9007199254740992.0);
  // 2**53 + 3 ties to 2**53 + 4.
  EXPECT_EQ(int_to_double(P("9007199254740995"), &overflow), 9007199254740996.0);
  EXPECT_EQ(int_to_double(P("-9007199254740995"), &overflow), -9007199254740996.0);
  EXPECT_FALSE(overflow);
  int_to_double(op(BinaryOp::Pow, I(2), I(1024)), &overflow);
  EXPECT_TRUE(overflow);
}

TEST_F(BigIntTest, CompareWithDoublesIsExact) {
  Value a = P("9007199254740993");  // 2**53 + 1
  EXPECT_EQ(int_compare_double(a, 9007199254740992.0), 1);
  EXPECT_EQ(int_compare_double(P("9007199254740992"), 9007199254740992.0), 0);
  EXPECT_EQ(int_compare_double(op(BinaryOp::Pow, I(10), I(400)), 1e308), 1);
  EXPECT_EQ(int_compare_double(op(BinaryOp::Pow, I(10), I(400)), HUGE_VAL), -1);
  EXPECT_EQ(int_compare_double(I(3), 3.5), -1);
}

TEST_F(BigIntTest, ModularPow) {
  EXPECT_EQ(S(int_pow_mod(I(3), I(-1), I(7))), "5");
  EXPECT_EQ(S(int_pow_mod(I(2), I(100), I(1000000007))), "976371285");
  EXPECT_EQ(S(int_pow_mod(I(3), I(3), I(-7))), "-1");
  EXPECT_EQ(S(int_pow_mod(I(-3), I(3), I(7))), "1");
  EXPECT_TRUE(int_pow_mod(I(2), I(-1), I(4)).is_null());
  EXPECT_TRUE(error_matches(&exc::ValueError));
}

TEST_F(BigIntTest, HashMatchesCPython) {
  EXPECT_EQ(int_hash(I(-1)), -2);
  EXPECT_EQ(int_hash(op(BinaryOp::Pow, I(2), I(64))), 8);
  EXPECT_EQ(int_hash(int_unary(UnaryOp::Neg, op(BinaryOp::Pow, I(2), I(64)))), -8);
  EXPECT_EQ(int_hash(P("2305843009213693951")), 0);  // 2**61 - 1
  EXPECT_EQ(int_hash(P("2305843009213693952")), 1);  // 2**61
  EXPECT_EQ(int_hash(P("-2305843009213693952")), -2);
  EXPECT_EQ(float_hash(1.5), 1152921504606846977);
  EXPECT_EQ(float_hash(0.1), 230584300921369408);
  EXPECT_EQ(float_hash(1e300), 1224995262755759164);
  EXPECT_EQ(float_hash(-1.0), -2);
}

TEST_F(BigIntTest, SurvivesCollectionAtEveryAllocation) {
  gc::set_stress(true);
  Value acc = I(1);
  for (int i = 1; i <= 60; ++i) acc = op(BinaryOp::Mul, acc, I(i));
  gc::set_stress(false);
  EXPECT_EQ(S(acc),
            "8320987112741390144276341183223364380754172606361245952449277696409600000000000000");
}

}  // namespace
}  // namespace tr
