// Unit tests of int and bool as values (objects/int*.cpp, bool.cpp): parsing
// in every base, repr and the digit limit, conversions from doubles, the
// type slots (compare, hash, bool), methods called through the runtime.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/int_internal.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class IntTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override {
    set_int_max_str_digits(4300);
    error_clear();
  }
};

Value I(int64_t i) { return int_from_i64(i); }
std::string S(Value v) { return int_to_string(v, 10); }

// The message of the pending exception (cleared).
std::string pending_message() {
  Value e = error_fetch();
  Value s = exception_str(e);
  return s.is_null() ? "<no message>" : std::string(s.as<Str>()->view());
}

TEST_F(IntTest, ParsesEveryBaseWithPrefixesAndUnderscores) {
  EXPECT_EQ(S(int_from_string("  -1_000  ", 10)), "-1000");
  EXPECT_EQ(S(int_from_string("ff", 16)), "255");
  EXPECT_EQ(S(int_from_string("0xff", 16)), "255");
  EXPECT_EQ(S(int_from_string("0x_f", 16)), "15");
  EXPECT_EQ(S(int_from_string("0b101", 0)), "5");
  EXPECT_EQ(S(int_from_string("0O17", 0)), "15");
  EXPECT_EQ(S(int_from_string("0_0", 0)), "0");
  EXPECT_EQ(S(int_from_string("z", 36)), "35");
  EXPECT_EQ(S(int_from_string("0b1", 16)), "177");  // 'b' is a hex digit here
  EXPECT_EQ(S(int_from_string("123456789012345678901234567890", 10)),
            "123456789012345678901234567890");
  EXPECT_EQ(S(int_from_string("\xd9\xa4\xd9\xa2", 10)), "42");  // Arabic-Indic digits
}

TEST_F(IntTest, RejectsMalformedLiteralsWithCPythonsMessage) {
  const char* bad[] = {"", "abc", "1__0", "_1", "1_", "+ 1", "0x", "12\n3"};
  for (const char* text : bad) {
    EXPECT_TRUE(int_from_string(text, 10).is_null()) << text;
    EXPECT_TRUE(error_matches(&exc::ValueError)) << text;
    error_clear();
  }
  int_from_string("abc", 10);
  EXPECT_EQ(pending_message(), "invalid literal for int() with base 10: 'abc'");
  int_from_string("010", 0);
  EXPECT_EQ(pending_message(), "invalid literal for int() with base 0: '010'");
  int_from_string("1", 37);
  EXPECT_EQ(pending_message(), "int() base must be >= 2 and <= 36, or 0");
}

TEST_F(IntTest, DigitLimitForDecimalConversions) {
  std::string digits(5000, '7');
  EXPECT_TRUE(int_from_string(digits, 10).is_null());
  EXPECT_EQ(pending_message(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 "
            "digits; use sys.set_int_max_str_digits() to increase the limit");
  EXPECT_FALSE(int_from_string(digits, 16).is_null());  // powers of two are exempt
  set_int_max_str_digits(0);
  Value big = int_from_string(digits, 10);
  ASSERT_FALSE(big.is_null());
  set_int_max_str_digits(4300);
  EXPECT_TRUE(int_repr(big).is_null());
  EXPECT_EQ(pending_message(),
            "Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  std::string ok(4300, '9');
  Value v = int_from_string(ok, 10);
  ASSERT_FALSE(v.is_null());
  EXPECT_EQ(int_repr(v).as<Str>()->size_, 4300u);
}

TEST_F(IntTest, ToStringInOtherBases) {
  EXPECT_EQ(int_to_string(I(-31), 16), "-1f");
  EXPECT_EQ(int_to_string(I(5), 2), "101");
  Value big = int_from_string("1267650600228229401496703205376", 10);
  EXPECT_EQ(int_to_string(big, 16), "10000000000000000000000000");
  EXPECT_EQ(int_to_string(Value::true_(), 10), "1");
}

TEST_F(IntTest, FromDouble) {
  EXPECT_EQ(S(int_from_double(-3.99)), "-3");
  EXPECT_EQ(S(int_from_double(1e20)), "100000000000000000000");
  EXPECT_EQ(S(int_from_double(-1.5e300)).size(), 302u);
  EXPECT_TRUE(int_from_double(HUGE_VAL).is_null());
  EXPECT_EQ(pending_message(), "cannot convert float infinity to integer");
  EXPECT_TRUE(int_from_double(std::nan("")).is_null());
  EXPECT_EQ(pending_message(), "cannot convert float NaN to integer");
}

TEST_F(IntTest, BoolIsAnIntSubclass) {
  EXPECT_TRUE(is_int(Value::true_()));
  EXPECT_TRUE(is_subtype(&bool_type, &int_type));
  EXPECT_EQ(type_of(Value::false_()), &bool_type);
  EXPECT_EQ(S(int_binary(BinaryOp::Add, Value::true_(), Value::true_())), "2");
  Value r = binary_op(BinaryOp::And, Value::true_(), Value::false_());
  EXPECT_TRUE(r.is_false());  // bool & bool stays bool
  EXPECT_TRUE(binary_op(BinaryOp::And, Value::true_(), I(1)).is_int());
  EXPECT_EQ(std::string(repr(Value::true_()).as<Str>()->view()), "True");
  EXPECT_EQ(hash_value(Value::true_()), 1);
}

TEST_F(IntTest, GenericOperationsDispatchToIntSlots) {
  Value big = int_from_string("100000000000000000000", 10);
  EXPECT_EQ(compare_bool(big, I(5), CompareOp::Gt), 1);
  EXPECT_EQ(compare_bool(I(3), Value::from_double(3.0), CompareOp::Eq), 1);
  EXPECT_EQ(hash_value(I(3)), hash_value(Value::from_double(3.0)));
  EXPECT_EQ(truthy(big), 1);
  EXPECT_EQ(truthy(I(0)), 0);
  // int + float goes to float's slot; int + str is unsupported.
  Value f = binary_op(BinaryOp::Add, I(1), Value::from_double(0.5));
  ASSERT_TRUE(f.is_double());
  EXPECT_EQ(f.as_double(), 1.5);
  EXPECT_TRUE(int_binary(BinaryOp::Add, I(1), Value::object(str_new("a"))).is_not_implemented());
}

TEST_F(IntTest, MethodsThroughTheRuntime) {
  Value big = int_from_string("-1267650600228229401496703205376", 10);
  Value n = call_method(big, str_intern("bit_length"), nullptr, 0);
  EXPECT_EQ(S(n), "101");
  Value args[] = {I(2), Value::object(str_new("little"))};
  Value b = call_method(I(1000), str_intern("to_bytes"), args, 2);
  ASSERT_TRUE(is_bytes(b));
  EXPECT_EQ(b.as<Bytes>()->view(), std::string("\xe8\x03", 2));
  Value nd[] = {I(-2)};
  EXPECT_EQ(S(call_method(I(1250), names::dunder_round, nd, 1)), "1200");
  EXPECT_EQ(S(call_method(I(1350), names::dunder_round, nd, 1)), "1400");
}

TEST_F(IntTest, SubclassInstancesUseTheHeapLayout) {
  // int.__new__ for a subclass: a BigInt-layout object whose class is the subclass.
  Value v = int_new_of_type(&int_type, I(7));
  EXPECT_TRUE(v.is_int());
  Value big = int_from_string("100000000000000000000", 10);
  EXPECT_TRUE(is_exact_int(int_new_of_type(&int_type, big)));
}

}  // namespace
}  // namespace tr
