// Unit tests of the built-in exception classes (objects/exceptions*.cpp):
// the hierarchy, construction, str/repr and the attribute families.
#include <gtest/gtest.h>

#include <string>

#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class ExceptionsTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }

  static Value make(Type* t, std::initializer_list<Value> args) {
    Value e = exception_new(t, args.size() ? tuple_pack(args) : tuple_empty());
    EXPECT_FALSE(e.is_null()) << "constructing " << type_name(t);
    return e;
  }
  static std::string text(Value v) {
    if (v.is_null()) {
      error_clear();
      return "<error>";
    }
    return std::string(v.as<Str>()->view());
  }
  static std::string str_of(Value e) { return text(str(e)); }
  static std::string repr_of(Value e) { return text(repr(e)); }
  static Value attr(Value e, const char* name) { return getattr(e, str_intern(name)); }
  static Value s(const char* t) { return str_value(t); }
  static Value i(int64_t n) { return Value::small_int(n); }
};

TEST_F(ExceptionsTest, HierarchyFollowsCPython) {
  EXPECT_TRUE(is_subtype(&exc::ZeroDivisionError, &exc::ArithmeticError));
  EXPECT_TRUE(is_subtype(&exc::ArithmeticError, &exc::Exception));
  EXPECT_TRUE(is_subtype(&exc::Exception, &exc::BaseException));
  EXPECT_TRUE(is_subtype(&exc::KeyError, &exc::LookupError));
  EXPECT_TRUE(is_subtype(&exc::IndexError, &exc::LookupError));
  EXPECT_TRUE(is_subtype(&exc::FileNotFoundError, &exc::OSError));
  EXPECT_TRUE(is_subtype(&exc::BrokenPipeError, &exc::ConnectionError));
  EXPECT_TRUE(is_subtype(&exc::ModuleNotFoundError, &exc::ImportError));
  EXPECT_TRUE(is_subtype(&exc::UnicodeDecodeError, &exc::UnicodeError));
  EXPECT_TRUE(is_subtype(&exc::UnicodeError, &exc::ValueError));
  EXPECT_TRUE(is_subtype(&exc::TabError, &exc::IndentationError));
  EXPECT_TRUE(is_subtype(&exc::IndentationError, &exc::SyntaxError));
  EXPECT_TRUE(is_subtype(&exc::RecursionError, &exc::RuntimeError));
  EXPECT_TRUE(is_subtype(&exc::UnboundLocalError, &exc::NameError));
  EXPECT_TRUE(is_subtype(&exc::UserWarning, &exc::Warning));
  EXPECT_FALSE(is_subtype(&exc::KeyboardInterrupt, &exc::Exception));
  EXPECT_FALSE(is_subtype(&exc::SystemExit, &exc::Exception));
  EXPECT_FALSE(is_subtype(&exc::GeneratorExit, &exc::Exception));
  EXPECT_EQ(&exc::EnvironmentError, &exc::OSError);
  EXPECT_EQ(std::string(type_name(&exc::ZeroDivisionError)), "ZeroDivisionError");
}

TEST_F(ExceptionsTest, ClassAndInstanceQueries) {
  Value e = make(&exc::ValueError, {s("bad")});
  EXPECT_TRUE(is_exception_instance(e));
  EXPECT_FALSE(is_exception_class(e));
  EXPECT_TRUE(is_exception_class(Value::object(&exc::ValueError)));
  EXPECT_FALSE(is_exception_instance(Value::object(&exc::ValueError)));
  EXPECT_FALSE(is_exception_class(Value::object(&int_type)));
  EXPECT_FALSE(is_exception_instance(i(3)));
}

TEST_F(ExceptionsTest, ReprAndStrOfArgs) {
  EXPECT_EQ(repr_of(make(&exc::ValueError, {s("bad")})), "ValueError('bad')");
  EXPECT_EQ(str_of(make(&exc::ValueError, {s("bad")})), "bad");
  EXPECT_EQ(repr_of(make(&exc::ValueError, {})), "ValueError()");
  EXPECT_EQ(str_of(make(&exc::ValueError, {})), "");
  EXPECT_EQ(repr_of(make(&exc::TypeError, {i(1), i(2)})), "TypeError(1, 2)");
  EXPECT_EQ(str_of(make(&exc::TypeError, {i(1), i(2)})), "(1, 2)");
  EXPECT_EQ(str_of(make(&exc::ValueError, {i(7)})), "7");
}

TEST_F(ExceptionsTest, KeyErrorStrIsRepr) {
  EXPECT_EQ(str_of(make(&exc::KeyError, {s("k")})), "'k'");
  EXPECT_EQ(repr_of(make(&exc::KeyError, {s("k")})), "KeyError('k')");
  EXPECT_EQ(str_of(make(&exc::KeyError, {s("a"), s("b")})), "('a', 'b')");
  EXPECT_EQ(str_of(make(&exc::KeyError, {})), "");
}

TEST_F(ExceptionsTest, RaiseSetsPendingInstance) {
  Value r = raise(&exc::TypeError, "'%s' object is not iterable", "int");
  EXPECT_TRUE(r.is_null());
  ASSERT_TRUE(error_matches(&exc::TypeError));
  EXPECT_TRUE(error_matches(&exc::Exception));
  Value e = error_fetch();
  EXPECT_FALSE(error_pending());
  EXPECT_EQ(str_of(e), "'int' object is not iterable");
  EXPECT_EQ(text(exception_str(e)), "'int' object is not iterable");
}

TEST_F(ExceptionsTest, CauseContextAndTracebackDefaultToNone) {
  Value e = make(&exc::ValueError, {});
  EXPECT_TRUE(attr(e, "__cause__").is_none());
  EXPECT_TRUE(attr(e, "__context__").is_none());
  EXPECT_TRUE(attr(e, "__traceback__").is_none());
  EXPECT_TRUE(attr(e, "__suppress_context__").is_false());
  Value cause = make(&exc::KeyError, {s("x")});
  ASSERT_FALSE(failed(setattr(e, str_intern("__cause__"), cause)));
  EXPECT_EQ(attr(e, "__cause__"), cause);
  EXPECT_TRUE(attr(e, "__suppress_context__").is_true());
  EXPECT_TRUE(failed(setattr(e, str_intern("__cause__"), i(5))));
  Value err = error_fetch();
  EXPECT_EQ(str_of(err), "exception cause must be None or derive from BaseException");
}

TEST_F(ExceptionsTest, InstancesTakeArbitraryAttributes) {
  Value e = make(&exc::RuntimeError, {});
  ASSERT_FALSE(failed(setattr(e, str_intern("code"), i(5))));
  EXPECT_EQ(attr(e, "code"), i(5));
}

TEST_F(ExceptionsTest, StopIterationAndSystemExit) {
  EXPECT_EQ(attr(make(&exc::StopIteration, {i(3)}), "value"), i(3));
  EXPECT_TRUE(attr(make(&exc::StopIteration, {}), "value").is_none());
  EXPECT_EQ(attr(make(&exc::SystemExit, {i(2)}), "code"), i(2));
  EXPECT_TRUE(attr(make(&exc::SystemExit, {}), "code").is_none());
  EXPECT_EQ(repr_of(attr(make(&exc::SystemExit, {i(1), i(2)}), "code")), "(1, 2)");
}

TEST_F(ExceptionsTest, OSErrorPicksSubclassByErrno) {
  Value e = make(&exc::OSError, {i(2), s("No such file or directory"), s("x")});
  EXPECT_EQ(type_of(e), &exc::FileNotFoundError);
  EXPECT_EQ(str_of(e), "[Errno 2] No such file or directory: 'x'");
  EXPECT_EQ(repr_of(e), "FileNotFoundError(2, 'No such file or directory')");
  EXPECT_EQ(attr(e, "errno"), i(2));
  EXPECT_EQ(text(attr(e, "filename")), "x");
  EXPECT_TRUE(attr(e, "filename2").is_none());
  EXPECT_EQ(type_of(make(&exc::OSError, {i(13), s("Permission denied")})), &exc::PermissionError);
  Value plain = make(&exc::OSError, {s("just a message")});
  EXPECT_EQ(type_of(plain), &exc::OSError);
  EXPECT_EQ(str_of(plain), "just a message");
  EXPECT_TRUE(attr(plain, "errno").is_none());
  Value two = make(&exc::OSError, {i(2), s("a"), s("b"), Value::none(), s("c")});
  EXPECT_EQ(str_of(two), "[Errno 2] a: 'b' -> 'c'");
}

TEST_F(ExceptionsTest, SyntaxErrorFields) {
  Tuple* info = tuple_pack({s("/a/f.py"), i(3), i(4), s("x y"), i(3), i(5)});
  Value e = make(&exc::SyntaxError, {s("invalid syntax"), Value::object(info)});
  EXPECT_EQ(str_of(e), "invalid syntax (f.py, line 3)");
  EXPECT_EQ(attr(e, "lineno"), i(3));
  EXPECT_EQ(attr(e, "offset"), i(4));
  EXPECT_EQ(text(attr(e, "text")), "x y");
  EXPECT_EQ(attr(e, "end_offset"), i(5));
  EXPECT_EQ(text(attr(e, "msg")), "invalid syntax");
  EXPECT_EQ(str_of(make(&exc::SyntaxError, {s("m")})), "m");
}

TEST_F(ExceptionsTest, UnicodeErrors) {
  Value d = make(&exc::UnicodeDecodeError, {s("utf-8"), Value::object(bytes_new("\xff")), i(0),
                                            i(1), s("invalid start byte")});
  EXPECT_EQ(str_of(d), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  Value e = make(&exc::UnicodeEncodeError,
                 {s("ascii"), s("h\xc3\xa9"), i(1), i(2), s("ordinal not in range(128)")});
  EXPECT_EQ(str_of(e),
            "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in "
            "range(128)");
  Value many = make(&exc::UnicodeEncodeError, {s("ascii"), s("hxx"), i(1), i(3), s("x")});
  EXPECT_EQ(str_of(many), "'ascii' codec can't encode characters in position 1-2: x");
}

TEST_F(ExceptionsTest, ImportErrorMessage) {
  Value e = make(&exc::ModuleNotFoundError, {s("No module named 'foo'")});
  EXPECT_EQ(str_of(e), "No module named 'foo'");
  EXPECT_EQ(text(attr(e, "msg")), "No module named 'foo'");
  EXPECT_TRUE(attr(e, "name").is_none());
}

// Every family's fields must be traced: build instances with a collection at
// every allocation and read them back.
TEST_F(ExceptionsTest, FieldsSurviveCollections) {
  gc::set_stress(true);
  Value os = make(&exc::OSError, {i(2), s("No such file or directory"), s("x")});
  Tuple* info = tuple_pack({s("f.py"), i(3), i(4), s("text")});
  Value syn = make(&exc::SyntaxError, {s("invalid syntax"), Value::object(info)});
  Value dec = make(&exc::UnicodeDecodeError, {s("utf-8"), Value::object(bytes_new("\xff")), i(0),
                                              i(1), s("invalid start byte")});
  Value imp = make(&exc::ImportError, {s("no module")});
  Value stop = make(&exc::StopIteration, {s("returned")});
  for (int k = 0; k < 3; ++k) gc::collect();
  std::string os_s = str_of(os), syn_s = str_of(syn), dec_s = str_of(dec);
  std::string imp_s = str_of(imp), stop_v = text(attr(stop, "value"));
  gc::set_stress(false);
  EXPECT_EQ(os_s, "[Errno 2] No such file or directory: 'x'");
  EXPECT_EQ(syn_s, "invalid syntax (f.py, line 3)");
  EXPECT_EQ(dec_s, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(imp_s, "no module");
  EXPECT_EQ(stop_v, "returned");
}

TEST_F(ExceptionsTest, ExceptionGroupSplits) {
  Type* eg = exception_group_type();
  ASSERT_NE(eg, nullptr);
  EXPECT_TRUE(is_subtype(eg, &exc::Exception));
  EXPECT_TRUE(is_subtype(eg, &base_exception_group_type));
  List* items = list_new();
  ASSERT_FALSE(failed(list_append(items, make(&exc::ValueError, {i(1)}))));
  ASSERT_FALSE(failed(list_append(items, make(&exc::TypeError, {i(2)}))));
  Value g = exception_new(&base_exception_group_type, tuple_pack({s("two"), Value::object(items)}));
  ASSERT_FALSE(g.is_null());
  EXPECT_EQ(type_of(g), eg);  // all members are Exceptions
  EXPECT_EQ(str_of(g), "two (2 sub-exceptions)");
  Value cond = Value::object(&exc::ValueError);
  Value parts = call_method(g, str_intern("split"), &cond, 1);
  ASSERT_TRUE(is_tuple(parts));
  EXPECT_EQ(repr_of(parts.as<Tuple>()->items_[0]), "ExceptionGroup('two', [ValueError(1)])");
  EXPECT_EQ(repr_of(parts.as<Tuple>()->items_[1]), "ExceptionGroup('two', [TypeError(2)])");
}

}  // namespace
}  // namespace tr
