// Unit tests of list (objects/list*.cpp): growth, methods called through
// the type's dict, slicing and slice assignment, a stable sort that
// propagates comparison errors, recursive repr, and GC stress.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/list_internal.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class ListTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override {
    gc::set_stress(false);
    error_clear();
  }
};

Value I(int64_t i) { return int_from_i64(i); }

List* make(std::initializer_list<int64_t> items) {
  List* l = list_new();
  for (int64_t i : items) EXPECT_FALSE(failed(list_append(l, I(i))));
  return l;
}

std::string repr_of(Value v) { return repr_utf8(v); }

Value first_item(const Value* args, size_t, Tuple*) { return args[0].as<Tuple>()->items_[0]; }
List* g_sorted = nullptr;

Value method(List* l, const char* name, std::initializer_list<Value> args) {
  std::vector<Value> a(args);
  return call_method(Value::object(l), str_intern(name), a.data(), a.size());
}

TEST_F(ListTest, AppendExtendGrow) {
  List* l = list_new();
  for (int i = 0; i < 1000; ++i) ASSERT_FALSE(failed(list_append(l, I(i))));
  EXPECT_EQ(l->size_, 1000u);
  EXPECT_GE(l->capacity_, 1000u);
  ASSERT_FALSE(failed(list_extend(l, Value::object(l))));  // doubles once
  EXPECT_EQ(l->size_, 2000u);
  EXPECT_EQ(l->items_[1999].as_int(), 999);
  Value t = list_to_tuple(l);
  EXPECT_EQ(t.as<Tuple>()->size_, 2000u);
}

TEST_F(ListTest, Methods) {
  List* l = make({1, 2, 3});
  ASSERT_FALSE(method(l, "insert", {I(-10), I(0)}).is_null());
  ASSERT_FALSE(method(l, "insert", {I(100), I(4)}).is_null());
  EXPECT_EQ(repr_of(Value::object(l)), "[0, 1, 2, 3, 4]");
  EXPECT_EQ(method(l, "pop", {}).as_int(), 4);
  EXPECT_EQ(method(l, "pop", {I(0)}).as_int(), 0);
  EXPECT_EQ(method(l, "index", {I(3)}).as_int(), 2);
  EXPECT_TRUE(method(l, "index", {I(7)}).is_null());
  EXPECT_TRUE(error_matches(&exc::ValueError));
  error_clear();
  ASSERT_FALSE(method(l, "remove", {I(2)}).is_null());
  EXPECT_EQ(repr_of(Value::object(l)), "[1, 3]");
  ASSERT_FALSE(method(l, "reverse", {}).is_null());
  EXPECT_EQ(repr_of(Value::object(l)), "[3, 1]");
  ASSERT_FALSE(method(l, "clear", {}).is_null());
  EXPECT_TRUE(method(l, "pop", {}).is_null());
  EXPECT_TRUE(error_matches(&exc::IndexError));
}

TEST_F(ListTest, Slicing) {
  List* l = make({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  Value lv = Value::object(l);
  auto sl = [](Value a, Value b, Value c) { return slice_new(a, b, c); };
  Value none = Value::none();
  EXPECT_EQ(repr_of(getitem(lv, sl(I(2), I(5), none))), "[2, 3, 4]");
  EXPECT_EQ(repr_of(getitem(lv, sl(none, none, I(-3)))), "[9, 6, 3, 0]");
  EXPECT_EQ(repr_of(getitem(lv, sl(I(-2), I(100), none))), "[8, 9]");
  // l[2:5] = [] ; l[::2] = ... ; del l[::3]
  ASSERT_FALSE(failed(setitem(lv, sl(I(2), I(5), none), Value::object(list_new()))));
  EXPECT_EQ(repr_of(lv), "[0, 1, 5, 6, 7, 8, 9]");
  ASSERT_FALSE(failed(setitem(lv, sl(I(1), I(1), none), Value::object(make({-1, -2})))));
  EXPECT_EQ(repr_of(lv), "[0, -1, -2, 1, 5, 6, 7, 8, 9]");
  ASSERT_FALSE(failed(setitem(lv, sl(none, none, I(4)), Value::object(make({10, 20, 30})))));
  EXPECT_EQ(repr_of(lv), "[10, -1, -2, 1, 20, 6, 7, 8, 30]");
  EXPECT_TRUE(failed(setitem(lv, sl(none, none, I(4)), Value::object(make({1})))));
  EXPECT_TRUE(error_matches(&exc::ValueError));
  error_clear();
  ASSERT_FALSE(failed(delitem(lv, sl(none, none, I(-3)))));
  EXPECT_EQ(repr_of(lv), "[10, -1, 1, 20, 7, 8]");
  // Assigning a list to a slice of itself.
  ASSERT_FALSE(failed(setitem(lv, sl(I(1), I(2), none), lv)));
  EXPECT_EQ(repr_of(lv), "[10, 10, -1, 1, 20, 7, 8, 1, 20, 7, 8]");
}

TEST_F(ListTest, SortIsStableWithKeyAndReverse) {
  // Pairs (k, i): sort by k only; equal k keep i order, also when reversed.
  List* l = list_new();
  int keys[] = {3, 1, 2, 3, 1, 2, 3, 1};
  for (int i = 0; i < 8; ++i) {
    ASSERT_FALSE(failed(list_append(l, Value::object(tuple_pack({I(keys[i]), I(i)})))));
  }
  Value key = Value::object(native_new("first", first_item));
  ASSERT_FALSE(failed(list_sort(l, key, false)));
  EXPECT_EQ(repr_of(Value::object(l)),
            "[(1, 1), (1, 4), (1, 7), (2, 2), (2, 5), (3, 0), (3, 3), (3, 6)]");
  ASSERT_FALSE(failed(list_sort(l, key, true)));
  EXPECT_EQ(repr_of(Value::object(l)),
            "[(3, 0), (3, 3), (3, 6), (2, 2), (2, 5), (1, 1), (1, 4), (1, 7)]");
}

// A key function that mutates the list being sorted.
Value appending_key(const Value* args, size_t, Tuple*) {
  (void)list_append(g_sorted, args[0]);
  return args[0];
}

TEST_F(ListTest, MutationDuringSortIsDetected) {
  g_sorted = make({3, 1, 2});
  Value key = Value::object(native_new("k", appending_key));
  EXPECT_TRUE(failed(list_sort(g_sorted, key, false)));
  EXPECT_TRUE(error_matches(&exc::ValueError));
  error_clear();
  EXPECT_EQ(repr_of(Value::object(g_sorted)), "[1, 2, 3]");
  g_sorted = nullptr;
}

TEST_F(ListTest, SortLargeAndFastPaths) {
  List* ints = list_new();
  for (int i = 0; i < 5000; ++i) ASSERT_FALSE(failed(list_append(ints, I((i * 7919) % 5003))));
  ASSERT_FALSE(failed(list_sort(ints, Value::null(), false)));
  for (size_t i = 1; i < ints->size_; ++i) ASSERT_LE(ints->items_[i - 1].as_int(), ints->items_[i].as_int());
  List* strs = list_new();
  for (const char* s : {"pear", "apple", "fig", "apple2", "Banana"}) {
    ASSERT_FALSE(failed(list_append(strs, Value::object(str_new(s)))));
  }
  ASSERT_FALSE(failed(list_sort(strs, Value::null(), false)));
  EXPECT_EQ(repr_of(Value::object(strs)), "['Banana', 'apple', 'apple2', 'fig', 'pear']");
}

TEST_F(ListTest, SortErrorPropagatesAndKeepsItems) {
  List* l = make({3, 1, 2});
  ASSERT_FALSE(failed(list_append(l, Value::object(str_new("x")))));
  EXPECT_TRUE(failed(list_sort(l, Value::null(), false)));
  EXPECT_TRUE(error_matches(&exc::TypeError));
  error_clear();
  EXPECT_EQ(l->size_, 4u);  // every item is still there, in some order
}

TEST_F(ListTest, RecursiveRepr) {
  List* l = make({1});
  ASSERT_FALSE(failed(list_append(l, Value::object(l))));
  EXPECT_EQ(repr_of(Value::object(l)), "[1, [...]]");
  Value t = Value::object(tuple_pack({Value::object(l)}));
  ASSERT_FALSE(failed(list_append(l, t)));
  EXPECT_EQ(repr_of(t), "([1, [...], (...)],)");
}

TEST_F(ListTest, CompareLexicographic) {
  Value a = Value::object(make({1, 2, 3}));
  Value b = Value::object(make({1, 2, 4}));
  Value c = Value::object(make({1, 2}));
  EXPECT_EQ(compare_bool(a, b, CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(c, a, CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(a, Value::object(make({1, 2, 3})), CompareOp::Eq), 1);
  EXPECT_EQ(compare_bool(a, c, CompareOp::Ne), 1);
}

TEST_F(ListTest, SurvivesGcStress) {
  gc::set_stress(true);
  List* l = list_new();
  for (int i = 0; i < 300; ++i) {
    ASSERT_FALSE(failed(list_append(l, Value::object(str_new("s" + std::to_string(299 - i))))));
  }
  ASSERT_FALSE(failed(list_sort(l, Value::null(), false)));
  Value sliced = getitem(Value::object(l), slice_new(Value::none(), Value::none(), I(2)));
  gc::set_stress(false);
  gc::collect();
  ASSERT_EQ(sliced.as<List>()->size_, 150u);
  EXPECT_EQ(std::string(l->items_[0].as<Str>()->view()), "s0");
  EXPECT_EQ(std::string(l->items_[299].as<Str>()->view()), "s99");
}

}  // namespace
}  // namespace tr
