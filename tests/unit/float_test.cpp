// Unit tests of float and complex (objects/float*.cpp, complex.cpp): the
// shortest round-trip repr, format_double, parsing, Python's modulo and
// floor division signs, ** special cases, hashing, complex repr.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/float_internal.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class FloatTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override { error_clear(); }
};

Value F(double d) { return Value::from_double(d); }
std::string R(Value v) {
  Value r = repr(v);
  return r.is_null() ? "<error>" : std::string(r.as<Str>()->view());
}
double D(Value v) {
  double d = 0;
  EXPECT_TRUE(float_check(v, &d));
  return d;
}

TEST_F(FloatTest, ReprIsShortestRoundTrip) {
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1e22), "1e+22");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(100.0), "100.0");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(9999999999999998.0), "9999999999999998.0");
  EXPECT_EQ(float_repr(123456789012345680.0), "1.2345678901234568e+17");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(0.00001), "1e-05");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1.5e-7), "1.5e-07");
  EXPECT_EQ(float_repr(HUGE_VAL), "inf");
  EXPECT_EQ(float_repr(-HUGE_VAL), "-inf");
  EXPECT_EQ(float_repr(std::nan("")), "nan");
}

TEST_F(FloatTest, FormatDouble) {
  EXPECT_EQ(format_double(3.14159, 'f', 2, false), "3.14");
  EXPECT_EQ(format_double(2.5, 'f', 0, false), "2");  // ties to even on the exact value
  EXPECT_EQ(format_double(3.0, 'f', 0, true), "3.");
  EXPECT_EQ(format_double(1234.5, 'e', 3, false), "1.234e+03");
  EXPECT_EQ(format_double(1e-10, 'E', 1, false), "1.0E-10");
  EXPECT_EQ(format_double(0.0001, 'g', 6, false), "0.0001");
  EXPECT_EQ(format_double(123456789.0, 'g', 6, false), "1.23457e+08");
  EXPECT_EQ(format_double(1.0, 'g', 6, true), "1.00000");
  EXPECT_EQ(format_double(1.0, 'r', 0, false), "1.0");
  EXPECT_EQ(format_double(HUGE_VAL, 'F', 2, false), "INF");
  EXPECT_EQ(format_double(0.1, 'f', 20, false), "0.10000000000000000555");
}

TEST_F(FloatTest, ParsesCPythonsGrammar) {
  EXPECT_EQ(D(float_from_string("  1_000.5  ")), 1000.5);
  EXPECT_EQ(D(float_from_string(".5")), 0.5);
  EXPECT_EQ(D(float_from_string("1.")), 1.0);
  EXPECT_EQ(D(float_from_string("-1e-3")), -0.001);
  EXPECT_EQ(D(float_from_string("1e1_0")), 1e10);
  EXPECT_EQ(D(float_from_string("-Infinity")), -HUGE_VAL);
  EXPECT_TRUE(std::isnan(D(float_from_string("nan"))));
  EXPECT_EQ(D(float_from_string("1e500")), HUGE_VAL);
  EXPECT_TRUE(std::signbit(D(float_from_string("-0"))));
  const char* bad[] = {"", "abc", "1__0", "1_", "_1", "1._5", "1e", "0x10", "nan(1)", "1.5j", "."};
  for (const char* text : bad) {
    EXPECT_TRUE(float_from_string(text).is_null()) << text;
    EXPECT_TRUE(error_matches(&exc::ValueError)) << text;
    error_clear();
  }
}

TEST_F(FloatTest, NanObjectsHaveIdentity) {
  Value a = float_from_string("nan");
  Value b = float_from_string("nan");
  EXPECT_NE(a, b);  // two float('nan') calls: two objects
  EXPECT_EQ(type_of(a), &float_type);
  EXPECT_EQ(equals(a, a), 1);  // identity, as in CPython containers
  EXPECT_EQ(equals(a, b), 0);
  EXPECT_EQ(R(a), "nan");
}

TEST_F(FloatTest, ModuloAndFloorDivisionFollowTheDivisorsSign) {
  EXPECT_EQ(D(float_binary(BinaryOp::Mod, F(-3.5), F(2))), 0.5);
  EXPECT_EQ(D(float_binary(BinaryOp::Mod, F(3.5), F(-2))), -0.5);
  EXPECT_TRUE(std::signbit(D(float_binary(BinaryOp::Mod, F(0.0), F(-2)))));
  EXPECT_EQ(D(float_binary(BinaryOp::FloorDiv, F(-3.5), F(2))), -2.0);
  EXPECT_EQ(D(float_binary(BinaryOp::FloorDiv, F(-5.0), F(HUGE_VAL))), -1.0);
  EXPECT_EQ(D(float_binary(BinaryOp::Mod, F(-5.0), F(HUGE_VAL))), HUGE_VAL);
  EXPECT_TRUE(float_binary(BinaryOp::Mod, F(1.0), F(0.0)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
  error_clear();
  // Mixed with ints and bools.
  EXPECT_EQ(D(float_binary(BinaryOp::Add, Value::small_int(2), F(0.5))), 2.5);
  EXPECT_EQ(D(float_binary(BinaryOp::Mul, Value::true_(), F(1.5))), 1.5);
  EXPECT_TRUE(float_binary(BinaryOp::Add, F(1.0), Value::none()).is_not_implemented());
}

TEST_F(FloatTest, PowerSpecialCases) {
  EXPECT_EQ(D(float_binary(BinaryOp::Pow, F(2.0), F(0.5))), std::sqrt(2.0));
  EXPECT_EQ(D(float_binary(BinaryOp::Pow, F(-2.0), F(3.0))), -8.0);
  EXPECT_EQ(D(float_binary(BinaryOp::Pow, F(HUGE_VAL), F(-1.0))), 0.0);
  EXPECT_EQ(D(float_binary(BinaryOp::Pow, F(std::nan("")), F(0.0))), 1.0);
  EXPECT_TRUE(float_binary(BinaryOp::Pow, F(0.0), F(-1.0)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
  error_clear();
  EXPECT_TRUE(float_binary(BinaryOp::Pow, F(10.0), F(400.0)).is_null());
  EXPECT_TRUE(error_matches(&exc::OverflowError));
  error_clear();
  // A negative base to a fractional power is complex.
  Value c = float_binary(BinaryOp::Pow, F(-8.0), F(1.0 / 3.0));
  EXPECT_EQ(R(c), "(1.0000000000000002+1.7320508075688772j)");
}

TEST_F(FloatTest, HashAgreesWithInts) {
  EXPECT_EQ(float_hash(3.0), int_hash(Value::small_int(3)));
  EXPECT_EQ(float_hash(-1.0), -2);
  EXPECT_EQ(float_hash(0.5), 1152921504606846976);
  EXPECT_EQ(float_hash(HUGE_VAL), 314159);
  EXPECT_EQ(float_hash(-HUGE_VAL), -314159);
  EXPECT_EQ(float_hash(std::ldexp(1.0, 80)), int_hash(int_from_string("1208925819614629174706176", 10)));
}

TEST_F(FloatTest, ComplexReprAndArithmetic) {
  EXPECT_EQ(R(complex_new(1, 2)), "(1+2j)");
  EXPECT_EQ(R(complex_new(0, 1)), "1j");
  EXPECT_EQ(R(complex_new(-0.0, -1)), "(-0-1j)");
  EXPECT_EQ(R(complex_new(0.0, -0.0)), "-0j");
  EXPECT_EQ(R(complex_new(std::nan(""), HUGE_VAL)), "(nan+infj)");
  EXPECT_EQ(R(complex_new(1.5, 1e16)), "(1.5+1e+16j)");
  Value q = binary_op(BinaryOp::TrueDiv, complex_new(1, 2), complex_new(3, 4));
  EXPECT_EQ(R(q), "(0.44+0.08j)");
  EXPECT_EQ(R(binary_op(BinaryOp::Pow, complex_new(0, 1), Value::small_int(2))), "(-1+0j)");
  EXPECT_TRUE(binary_op(BinaryOp::TrueDiv, complex_new(1, 1), Value::small_int(0)).is_null());
  EXPECT_TRUE(error_matches(&exc::ZeroDivisionError));
  error_clear();
  EXPECT_EQ(compare_bool(complex_new(1, 0), Value::small_int(1), CompareOp::Eq), 1);
}

}  // namespace
}  // namespace tr
