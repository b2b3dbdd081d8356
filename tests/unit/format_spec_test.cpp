// Unit tests of the format-spec mini-language (objects/format_spec.cpp): the
// parser's fields and errors, number layout with grouping and '=' zero fill,
// str padding, and int/float/complex __format__ end to end.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "objects/format_spec.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class FormatSpecTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override { error_clear(); }
};

std::string fmt(Value v, const char* spec) {
  Value r = format(v, str_new(spec));
  if (r.is_null()) {
    Value e = error_fetch();
    Value s = exception_str(e);
    return std::string("!") + type_name_of(e) + ": " + std::string(s.as<Str>()->view());
  }
  return std::string(r.as<Str>()->view());
}

TEST_F(FormatSpecTest, ParsesEveryField) {
  FormatSpec f;
  ASSERT_TRUE(parse_format_spec("*^+z#012_.3f", 'd', '>', "float", &f));
  EXPECT_EQ(f.fill, uint32_t{'*'});
  EXPECT_EQ(f.align, '^');
  EXPECT_TRUE(f.align_given);
  EXPECT_EQ(f.sign, '+');
  EXPECT_TRUE(f.no_neg_zero);
  EXPECT_TRUE(f.alternate);
  EXPECT_EQ(f.width, 12);  // the '0' is a width digit once a fill was given
  EXPECT_EQ(f.grouping, '_');
  EXPECT_EQ(f.precision, 3);
  EXPECT_EQ(f.type, uint32_t{'f'});

  ASSERT_TRUE(parse_format_spec("010", 'd', '>', "int", &f));
  EXPECT_EQ(f.fill, uint32_t{'0'});
  EXPECT_EQ(f.align, '=');  // zero padding means '=' for numbers...
  EXPECT_EQ(f.width, 10);
  ASSERT_TRUE(parse_format_spec("010", 's', '<', "str", &f));
  EXPECT_EQ(f.align, '<');  // ...but not for strings
  ASSERT_TRUE(parse_format_spec("\xc3\xa9<5", 's', '<', "str", &f));
  EXPECT_EQ(f.fill, 0xE9u);
  ASSERT_TRUE(parse_format_spec("", 's', '<', "str", &f));
  EXPECT_EQ(f.type, uint32_t{'s'});
  EXPECT_EQ(f.width, -1);
  EXPECT_EQ(f.precision, -1);
}

TEST_F(FormatSpecTest, ParseErrorsMatchCPython) {
  EXPECT_EQ(fmt(Value::small_int(1), "abc"),
            "!ValueError: Invalid format specifier 'abc' for object of type 'int'");
  EXPECT_EQ(fmt(Value::small_int(1), ",_"), "!ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(fmt(Value::small_int(1), "_,"), "!ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(fmt(Value::small_int(1), ",x"), "!ValueError: Cannot specify ',' with 'x'.");
  EXPECT_EQ(fmt(Value::small_int(1), "."), "!ValueError: Format specifier missing precision");
  EXPECT_EQ(fmt(Value::small_int(1), "99999999999999999999"),
            "!ValueError: Too many decimal digits in format string");
  EXPECT_EQ(fmt(Value::from_double(1.5), "d"),
            "!ValueError: Unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(fmt(Value::small_int(1), "\xc3\xa9"),
            "!ValueError: Unknown format code '\\xe9' for object of type 'int'");
}

TEST_F(FormatSpecTest, IntegerPresentations) {
  EXPECT_EQ(fmt(Value::small_int(1234567), ","), "1,234,567");
  EXPECT_EQ(fmt(Value::small_int(1234), "010,"), "00,001,234");
  EXPECT_EQ(fmt(Value::small_int(1234), "08,"), "0,001,234");
  EXPECT_EQ(fmt(Value::small_int(1234), "x=10,"), "xxxxx1,234");
  EXPECT_EQ(fmt(Value::small_int(255), "#010_x"), "0x000_00ff");
  EXPECT_EQ(fmt(Value::small_int(-255), "#X"), "-0XFF");
  EXPECT_EQ(fmt(Value::small_int(-5), "^9"), "   -5    ");
  EXPECT_EQ(fmt(Value::small_int(-5), "=9"), "-       5");
  EXPECT_EQ(fmt(Value::small_int(65), "c"), "A");
  EXPECT_EQ(fmt(Value::small_int(3), ".2%"), "300.00%");
  EXPECT_EQ(fmt(Value::true_(), ""), "True");
  EXPECT_EQ(fmt(Value::true_(), "d"), "1");
  EXPECT_EQ(fmt(Value::small_int(1), ".2d"),
            "!ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(fmt(Value::small_int(1), "+c"),
            "!ValueError: Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(fmt(Value::small_int(-1), "c"),
            "!OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(fmt(Value::small_int(227099), "0>04c"), "000\xf0\xb7\x9c\x9b");  // width in code points
  EXPECT_EQ(fmt(int_from_string("100000000000000000000", 10), "c"),
            "!OverflowError: Python int too large to convert to C long");
}

TEST_F(FormatSpecTest, FloatPresentations) {
  EXPECT_EQ(fmt(Value::from_double(1234.5), "010,.2f"), "001,234.50");
  EXPECT_EQ(fmt(Value::from_double(1.0), ""), "1.0");
  EXPECT_EQ(fmt(Value::from_double(12.0), ".2"), "1.2e+01");
  EXPECT_EQ(fmt(Value::from_double(12.0), ".3"), "12.0");
  EXPECT_EQ(fmt(Value::from_double(1e16), "#"), "1.e+16");
  EXPECT_EQ(fmt(Value::from_double(-0.0), "z"), "0.0");
  EXPECT_EQ(fmt(Value::from_double(-1e-10), "z.3f"), "0.000");
  EXPECT_EQ(fmt(Value::from_double(1.5), "%"), "150.000000%");
  EXPECT_EQ(fmt(Value::from_double(HUGE_VAL), "010"), "0000000inf");
  EXPECT_EQ(fmt(Value::from_double(-HUGE_VAL), "=+10"), "-      inf");
}

TEST_F(FormatSpecTest, ComplexPresentations) {
  EXPECT_EQ(fmt(complex_new(1, 2), "10"), "    (1+2j)");
  EXPECT_EQ(fmt(complex_new(1, 2), ".2f"), "1.00+2.00j");
  EXPECT_EQ(fmt(complex_new(0, 3), "+"), "+3j");
  EXPECT_EQ(fmt(complex_new(1, 2), "010"),
            "!ValueError: Zero padding is not allowed in complex format specifier");
}

TEST_F(FormatSpecTest, StringsThroughTheSharedHelper) {
  auto s = [](const char* text, size_t len, const char* spec) {
    Value r = format_string(text, len, spec, "str");
    if (r.is_null()) {
      Value e = error_fetch();
      return "!" + std::string(exception_str(e).as<Str>()->view());
    }
    return std::string(r.as<Str>()->view());
  };
  EXPECT_EQ(s("abc", 3, "^7.2"), "  ab   ");
  EXPECT_EQ(s("abc", 3, "05"), "abc00");
  EXPECT_EQ(s("x", 1, "\xc3\xa9<3"), "x\xc3\xa9\xc3\xa9");
  EXPECT_EQ(s("\xc3\xa9t\xc3\xa9", 3, ".2"), "\xc3\xa9t");
  EXPECT_EQ(s("abc", 3, "+"), "!Sign not allowed in string format specifier");
  EXPECT_EQ(s("abc", 3, "#"), "!Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(s("abc", 3, "=5"), "!'=' alignment not allowed in string format specifier");
  EXPECT_EQ(s("abc", 3, ",s"), "!Cannot specify ',' with 's'.");
  EXPECT_EQ(s("abc", 3, "d"), "!Unknown format code 'd' for object of type 'str'");
}

}  // namespace
}  // namespace tr
