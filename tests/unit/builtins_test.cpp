// Unit tests of the builtins module (builtins/): the dict's contents, a few
// functions called directly, and the streams, some under GC stress.
#include "builtins/builtins.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "builtins/stdio.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class BuiltinsTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }

  static Value builtin(const char* name) {
    Value f = dict_get_str(builtins_dict(), str_intern(name));
    EXPECT_FALSE(f.is_null()) << name;
    return f;
  }
  static Value call_builtin(const char* name, std::initializer_list<Value> args) {
    Tuple* t = args.size() ? tuple_pack(args) : tuple_empty();
    return call(builtin(name), t->items_, t->size_);
  }
  static std::string repr_of(Value v) {
    if (v.is_null()) {
      std::string msg = "<error " + std::string(type_name_of(error_peek())) + ">";
      error_clear();
      return msg;
    }
    Value r = repr(v);
    return r.is_null() ? "<repr failed>" : std::string(r.as<Str>()->view());
  }
  static Value s(const char* t) { return str_value(t); }
  static Value i(int64_t n) { return Value::small_int(n); }
  static Value list_of(std::initializer_list<Value> items) {
    List* l = list_new();
    for (Value v : items) EXPECT_FALSE(failed(list_append(l, v)));
    return Value::object(l);
  }
};

TEST_F(BuiltinsTest, DictHoldsConstantsTypesAndExceptions) {
  Dict* d = builtins_dict();
  EXPECT_EQ(d, builtins_dict());  // made once
  EXPECT_TRUE(dict_get_str(d, str_intern("None")).is_none());
  EXPECT_TRUE(dict_get_str(d, str_intern("True")).is_true());
  EXPECT_TRUE(dict_get_str(d, str_intern("__debug__")).is_true());
  EXPECT_TRUE(dict_get_str(d, str_intern("Ellipsis")).is_ellipsis());
  EXPECT_EQ(dict_get_str(d, str_intern("int")), Value::object(&int_type));
  EXPECT_EQ(dict_get_str(d, str_intern("KeyError")), Value::object(&exc::KeyError));
  EXPECT_EQ(dict_get_str(d, str_intern("IOError")), Value::object(&exc::OSError));
  EXPECT_EQ(dict_get_str(d, str_intern("EnvironmentError")), Value::object(&exc::OSError));
  EXPECT_FALSE(dict_get_str(d, str_intern("ExceptionGroup")).is_null());
}

TEST_F(BuiltinsTest, NumericFunctions) {
  EXPECT_EQ(repr_of(call_builtin("abs", {i(-5)})), "5");
  EXPECT_EQ(repr_of(call_builtin("abs", {Value::true_()})), "1");
  EXPECT_EQ(repr_of(call_builtin("divmod", {i(-7), i(2)})), "(-4, 1)");
  EXPECT_EQ(repr_of(call_builtin("pow", {i(2), i(10), i(1000)})), "24");
  EXPECT_EQ(repr_of(call_builtin("bin", {i(-5)})), "'-0b101'");
  EXPECT_EQ(repr_of(call_builtin("hex", {i(255)})), "'0xff'");
  EXPECT_EQ(repr_of(call_builtin("sum", {list_of({i(1), i(2), i(3)})})), "6");
  EXPECT_EQ(repr_of(call_builtin("sum", {list_of({s("a")}), s("b")})), "<error TypeError>");
}

TEST_F(BuiltinsTest, IterationFunctions) {
  Value l = list_of({i(3), i(1), i(2)});
  EXPECT_EQ(repr_of(call_builtin("sorted", {l})), "[1, 2, 3]");
  EXPECT_EQ(repr_of(l), "[3, 1, 2]");  // sorted copies
  EXPECT_EQ(repr_of(call_builtin("max", {l})), "3");
  EXPECT_EQ(repr_of(call_builtin("min", {i(4), i(2), i(8)})), "2");
  EXPECT_EQ(repr_of(call_builtin("max", {list_of({})})), "<error ValueError>");
  EXPECT_EQ(repr_of(call_builtin("len", {l})), "3");
  EXPECT_EQ(repr_of(call_builtin("all", {l})), "True");
  EXPECT_EQ(repr_of(call_builtin("any", {list_of({i(0)})})), "False");
  Value it = call_builtin("iter", {l});
  EXPECT_EQ(repr_of(call_builtin("next", {it})), "3");
  EXPECT_EQ(repr_of(call_builtin("next", {list_of({})})), "<error TypeError>");
}

TEST_F(BuiltinsTest, TextAndObjectFunctions) {
  EXPECT_EQ(repr_of(call_builtin("chr", {i(0x20AC)})), "'\xe2\x82\xac'");
  EXPECT_EQ(repr_of(call_builtin("ord", {s("a")})), "97");
  EXPECT_EQ(repr_of(call_builtin("ord", {s("ab")})), "<error TypeError>");
  EXPECT_EQ(repr_of(call_builtin("isinstance", {Value::true_(), Value::object(&int_type)})),
            "True");
  Tuple* classes = tuple_pack({Value::object(&str_type), Value::object(&float_type)});
  EXPECT_EQ(repr_of(call_builtin("isinstance", {i(1), Value::object(classes)})), "False");
  EXPECT_EQ(repr_of(call_builtin(
                "issubclass", {Value::object(&exc::KeyError), Value::object(&exc::LookupError)})),
            "True");
  EXPECT_EQ(repr_of(call_builtin("getattr", {i(1), s("nope"), s("dflt")})), "'dflt'");
  EXPECT_EQ(repr_of(call_builtin("hasattr", {i(1), s("real")})), "True");
  EXPECT_EQ(repr_of(call_builtin("callable", {builtin("len")})), "True");
}

// A text stream over a pipe: what is written comes out once flushed.
TEST_F(BuiltinsTest, TextStreamWritesThroughItsBuffer) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  TextStream* out = text_stream_new(fds[1], s("<pipe>"), str_intern("w"), false, true, true);
  Value file = Value::object(out);
  ASSERT_FALSE(failed(stream_write_utf8(file, "h\xc3\xa9llo ")));
  ASSERT_FALSE(failed(stream_write(file, str_new("world\n"))));
  ASSERT_FALSE(failed(stream_flush(file)));
  char buf[64];
  ssize_t n = read(fds[0], buf, sizeof buf);
  EXPECT_EQ(std::string(buf, n > 0 ? n : 0), "h\xc3\xa9llo world\n");
  TextStream* in = text_stream_new(fds[0], s("<pipe>"), str_intern("r"), true, false, true);
  ASSERT_FALSE(failed(stream_write_utf8(file, "one\ntwo")));
  ASSERT_FALSE(failed(stream_flush(file)));
  close(fds[1]);
  out->closed_ = true;
  EXPECT_EQ(repr_of(text_stream_readline(in, -1)), "'one\\n'");
  EXPECT_EQ(repr_of(text_stream_readline(in, -1)), "'two'");
  EXPECT_EQ(repr_of(text_stream_readline(in, -1)), "''");
}

TEST_F(BuiltinsTest, SurvivesCollectionsAtEveryAllocation) {
  gc::set_stress(true);
  Value sorted = call_builtin("sorted", {list_of({s("b"), s("c"), s("a")})});
  Value mx = call_builtin("max", {list_of({i(1), i(9), i(4)})});
  Value sm = call_builtin("sum", {list_of({i(1), i(2)}), i(10)});
  Value hx = call_builtin("hex", {i(4096)});
  std::string r1 = repr_of(sorted), r2 = repr_of(mx), r3 = repr_of(sm), r4 = repr_of(hx);
  gc::set_stress(false);
  EXPECT_EQ(r1, "['a', 'b', 'c']");
  EXPECT_EQ(r2, "9");
  EXPECT_EQ(r3, "13");
  EXPECT_EQ(r4, "'0x1000'");
}

}  // namespace
}  // namespace tr
