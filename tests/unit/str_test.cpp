// Unit tests of str and bytes internals: construction, the code-point index,
// interning, hashing, repr, the Unicode database and the codecs.
#include <gtest/gtest.h>

#include <string>

#include "objects/bytes_internal.h"
#include "objects/str_internal.h"
#include "objects/unicode_db.h"
#include "test_support.h"

namespace tr {
namespace {

class StrTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
};

std::string text_of(Value v) {
  EXPECT_TRUE(is_str(v));
  return std::string(v.as<Str>()->view());
}

Value method(Value self, const char* name, std::initializer_list<Value> args = {}) {
  return call_method(self, str_intern(name), args.begin(), args.size());
}

TEST_F(StrTest, LengthAndAsciiFlag) {
  Str* a = str_new("hello");
  EXPECT_EQ(a->length_, 5u);
  EXPECT_TRUE(a->is_ascii());
  Str* u = str_new("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");  // héllo € 😀
  EXPECT_EQ(u->length_, 9u);
  EXPECT_FALSE(u->is_ascii());
  EXPECT_EQ(str_code_point_at(u, 1), 0xE9u);
  EXPECT_EQ(str_code_point_at(u, 6), 0x20ACu);
  EXPECT_EQ(str_code_point_at(u, 8), 0x1F600u);
}

TEST_F(StrTest, SharedSmallStrings) {
  EXPECT_EQ(str_new(""), str_empty());
  EXPECT_EQ(str_new("a"), str_ascii_char('a'));
  EXPECT_EQ(str_from_code_point('z'), str_ascii_char('z'));
  EXPECT_EQ(str_from_code_point(0xE9)->size_, 2u);
}

TEST_F(StrTest, CodePointIndexOfLongText) {
  // Long non-ASCII strings carry an index; every position must agree with a walk.
  std::string s;
  std::u32string cps;
  for (uint32_t i = 0; i < 1000; ++i) {
    uint32_t cp = i % 7 == 0 ? 0x1F600 + i % 5 : i % 3 == 0 ? 0x3B1 + i % 20 : 'a' + i % 26;
    utf8::append(s, cp);
    cps += static_cast<char32_t>(cp);
  }
  Str* t = str_new(s);
  ASSERT_EQ(t->length_, cps.size());
  EXPECT_TRUE(t->aux_ & kStrIndexed);
  for (size_t i = 0; i < cps.size(); ++i) ASSERT_EQ(str_code_point_at(t, i), cps[i]) << i;
  Str* sub = str_substr(t, 500, 510);
  EXPECT_EQ(sub->length_, 10u);
  EXPECT_EQ(str_code_point_at(sub, 0), cps[500]);
}

TEST_F(StrTest, InterningGivesOneObject) {
  Str* a = str_intern("some_identifier");
  Str* b = str_intern(str_new("some_identifier"));
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->is_interned());
  EXPECT_EQ(names::dunder_init, str_intern("__init__"));
}

TEST_F(StrTest, InternedStringsSurviveCollection) {
  Str* a = str_intern(str_new("interned_across_gc"));
  Str* one = str_ascii_char('q');
  gc::collect();
  gc::collect();
  EXPECT_EQ(str_intern("interned_across_gc"), a);
  EXPECT_EQ(a->view(), "interned_across_gc");
  EXPECT_EQ(one->view(), "q");
  EXPECT_EQ(names::dunder_init->view(), "__init__");
}

TEST_F(StrTest, HashAndEquality) {
  Str* a = str_new("abcdefghijklmnop");
  Str* b = str_new("abcdefghijklmnop");
  EXPECT_NE(a, b);
  EXPECT_TRUE(str_equal(a, b));
  EXPECT_EQ(str_hash(a), str_hash(b));
  EXPECT_NE(str_hash(a), -1);
  EXPECT_EQ(str_hash(str_empty()), 0);
  EXPECT_FALSE(str_equal(a, str_new("abcdefghijklmnoq")));
  EXPECT_LT(str_compare3(str_new("a"), str_new("\xC3\xA9")), 0);
}

TEST_F(StrTest, Concat) {
  Value v = str_concat(str_new("ab"), str_new("\xC3\xA9"));
  EXPECT_EQ(text_of(v), "ab\xC3\xA9");
  EXPECT_EQ(v.as<Str>()->length_, 3u);
  EXPECT_FALSE(v.as<Str>()->is_ascii());
}

TEST_F(StrTest, Repr) {
  EXPECT_EQ(std::string(str_repr(str_new("it's"))->view()), "\"it's\"");
  EXPECT_EQ(std::string(str_repr(str_new("a'\""))->view()), "'a\\'\"'");
  EXPECT_EQ(std::string(str_repr(str_new("\t\n\x01\x7f"))->view()), "'\\t\\n\\x01\\x7f'");
  EXPECT_EQ(std::string(str_repr(str_new("\xC3\xA9\xC2\xA0"))->view()), "'\xC3\xA9\\xa0'");
  EXPECT_EQ(std::string(bytes_repr("a'\x80", false).as<Str>()->view()), "b\"a'\\x80\"");
}

TEST_F(StrTest, UnicodeDatabase) {
  uint32_t out[unicode::kMaxCaseExpansion];
  ASSERT_EQ(unicode::to_upper(0xDF, out), 2);  // ß -> SS
  EXPECT_EQ(out[0], 'S');
  ASSERT_EQ(unicode::to_lower(0x41, out), 1);
  EXPECT_EQ(out[0], 'a');
  ASSERT_EQ(unicode::to_upper(0x3C9, out), 1);  // ω -> Ω
  EXPECT_EQ(out[0], 0x3A9u);
  ASSERT_EQ(unicode::to_lower(0x416, out), 1);  // Ж -> ж
  EXPECT_EQ(out[0], 0x436u);
  EXPECT_TRUE(unicode::has(0x661, unicode::kDecimal));  // Arabic-Indic one
  EXPECT_EQ(unicode::decimal_value(0x661), 1);
  EXPECT_TRUE(unicode::has(0xB2, unicode::kDigit));      // superscript two
  EXPECT_FALSE(unicode::has(0xB2, unicode::kDecimal));
  EXPECT_TRUE(unicode::has(0x2155, unicode::kNumeric));  // vulgar fraction one fifth
  EXPECT_TRUE(unicode::has(0x3000, unicode::kSpace));
  EXPECT_FALSE(unicode::has(0x200B, unicode::kPrintable));
  EXPECT_TRUE(unicode::has(0x4E00, unicode::kAlpha));
}

TEST_F(StrTest, Methods) {
  Value s = str_value("Hello World");
  EXPECT_EQ(text_of(method(s, "upper")), "HELLO WORLD");
  EXPECT_EQ(text_of(method(s, "swapcase")), "hELLO wORLD");
  EXPECT_EQ(text_of(method(str_value("stra\xC3\x9F" "e"), "upper")), "STRASSE");
  EXPECT_EQ(text_of(method(str_value("\xCE\x9F\xCE\xA3"), "lower")), "\xCE\xBF\xCF\x82");
  Value parts = method(str_value(" a  b c "), "split");
  ASSERT_TRUE(is_list(parts));
  EXPECT_EQ(parts.as<List>()->size_, 3u);
  EXPECT_EQ(method(s, "find", {str_value("World")}).as_int(), 6);
  EXPECT_EQ(text_of(method(s, "replace", {str_value("l"), str_value("L")})), "HeLLo WorLd");
  EXPECT_EQ(text_of(method(str_value("ab"), "center", {Value::small_int(6), str_value("*")})),
            "**ab**");
  EXPECT_EQ(text_of(method(str_value("-42"), "zfill", {Value::small_int(6)})), "-00042");
}

TEST_F(StrTest, PercentAndFormat) {
  Value r = str_percent_format(str_new("%s=%05.1f|%-4d|%x"),
                               Value::object(tuple_pack({str_value("pi"), Value::from_double(3.14159),
                                                         Value::small_int(7), Value::small_int(255)})));
  EXPECT_EQ(text_of(r), "pi=003.1|7   |ff");
  Value f = method(str_value("{0}-{1!r}-{0}"), "format", {Value::small_int(1), str_value("x")});
  EXPECT_EQ(text_of(f), "1-'x'-1");
}

TEST_F(StrTest, Codecs) {
  Value b = codec_encode(str_new("caf\xC3\xA9"), "latin-1", "strict");
  ASSERT_FALSE(b.is_null());
  EXPECT_EQ(std::string(b.as<Bytes>()->view()), "caf\xE9");
  Value s = codec_decode("caf\xE9", "latin1", "strict");
  EXPECT_EQ(text_of(s), "caf\xC3\xA9");
  EXPECT_TRUE(codec_decode("\xFF", "utf-8", "strict").is_null());
  EXPECT_TRUE(error_matches(&exc::UnicodeDecodeError));
  error_clear();
  EXPECT_EQ(text_of(codec_decode("a\xFF", "utf-8", "replace")), "a\xEF\xBF\xBD");
  EXPECT_TRUE(codec_encode(str_new("\xC3\xA9"), "ascii", "strict").is_null());
  EXPECT_TRUE(error_matches(&exc::UnicodeEncodeError));
  error_clear();
  EXPECT_EQ(codec_lookup("UTF8"), std::string("utf-8"));
  EXPECT_EQ(codec_lookup("nope"), nullptr);
  error_clear();
}

// Every operation that builds several objects must keep its partial results
// reachable: run a mix of them with a collection at every allocation.
TEST_F(StrTest, MethodsUnderGcStress) {
  gc::set_stress(true);
  Value text = str_value("alpha beta,gamma delta \xC3\xA9psilon zeta");
  Value parts = method(text, "split");
  Value joined = method(str_value("-"), "join", {parts});
  Value r = method(text, "rsplit", {str_value(","), Value::small_int(1)});
  Value lines = method(str_value("a\nb\r\nc"), "splitlines", {Value::true_()});
  Value f = method(str_value("{0}|{1!r}|{1:>8}"), "format", {parts, str_value("x")});
  Value pct = str_percent_format(str_new("%s:%5d:%r"),
                                 Value::object(tuple_pack({str_value("k"), Value::small_int(42),
                                                           str_value("\xC3\xA9")})));
  Value enc = codec_encode(as_str(joined), "utf-16", "strict");
  Value dec = codec_decode(enc.as<Bytes>()->view(), "utf-16", "strict");
  Value bparts = method(Value::object(bytes_new("a b  c")), "split");
  Value up = method(text, "title");
  gc::set_stress(false);
  ASSERT_FALSE(parts.is_null() || joined.is_null() || r.is_null() || lines.is_null());
  ASSERT_FALSE(f.is_null() || pct.is_null() || dec.is_null() || bparts.is_null() || up.is_null());
  EXPECT_EQ(parts.as<List>()->size_, 5u);
  EXPECT_EQ(text_of(joined), "alpha-beta,gamma-delta-\xC3\xA9psilon-zeta");
  EXPECT_EQ(text_of(r.as<List>()->items_[0]), "alpha beta");
  EXPECT_EQ(text_of(lines.as<List>()->items_[1]), "b\r\n");
  EXPECT_EQ(text_of(pct), "k:   42:'\xC3\xA9'");
  EXPECT_EQ(text_of(dec), text_of(joined));
  EXPECT_EQ(bparts.as<List>()->size_, 3u);
  EXPECT_EQ(text_of(up), "Alpha Beta,Gamma Delta \xC3\x89psilon Zeta");
  EXPECT_EQ(text_of(f).substr(0, 9), "['alpha',");
  EXPECT_EQ(text_of(f).substr(text_of(f).size() - 13), "|'x'|       x");
}

TEST_F(StrTest, ByteArrayGrows) {
  ByteArray* b = bytearray_new("ab");
  Value self = Value::object(b);
  for (int i = 0; i < 1000; ++i) method(self, "append", {Value::small_int('x')});
  EXPECT_EQ(b->size_, 1002u);
  EXPECT_EQ(method(self, "pop").as_int(), 'x');
  EXPECT_EQ(b->size_, 1001u);
}

}  // namespace
}  // namespace tr
