// Unit tests of set and frozenset (objects/set*.cpp): membership, deletion,
// iteration order identical to CPython's for ints (same table sizes and
// probing), CPython's frozenset and tuple hashes, the algebra, GC stress.
#include <gtest/gtest.h>

#include <initializer_list>
#include <vector>

#include "objects/objects.h"
#include "objects/set_internal.h"
#include "test_support.h"

namespace tr {
namespace {

class SetTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override {
    gc::set_stress(false);
    error_clear();
  }
};

Value I(int64_t i) { return int_from_i64(i); }

Set* make(std::initializer_list<int64_t> items, Type* t = &set_type) {
  Set* s = set_new(t);
  for (int64_t i : items) EXPECT_FALSE(failed(set_add(s, I(i))));
  return s;
}

std::vector<int64_t> order(Set* s) {
  std::vector<int64_t> out;
  size_t pos = 0;
  Value k;
  while (set_next(s, &pos, &k)) {
    int64_t i = 0;
    EXPECT_TRUE(int_to_i64(k, &i));
    out.push_back(i);
  }
  return out;
}

TEST_F(SetTest, AddContainsDiscard) {
  Set* s = make({1, 2, 3});
  EXPECT_EQ(s->used_, 3u);
  EXPECT_EQ(set_contains(s, I(2)), 1);
  EXPECT_EQ(set_contains(s, I(4)), 0);
  EXPECT_FALSE(failed(set_add(s, I(2))));
  EXPECT_EQ(s->used_, 3u);
  EXPECT_EQ(set_discard(s, I(2)), 1);
  EXPECT_EQ(set_discard(s, I(2)), 0);
  EXPECT_EQ(set_contains(s, I(2)), 0);
  EXPECT_EQ(s->used_, 2u);
}

// Expected orders printed by python3.11 for sets built by successive adds
// (a display of constants is built differently by CPython's compiler).
TEST_F(SetTest, IterationOrderMatchesCPython) {
  EXPECT_EQ(order(make({5, 3, 1, 8})), (std::vector<int64_t>{8, 1, 3, 5}));
  EXPECT_EQ(order(make({100, 5, 37, 12, 64, 9, 1000, 7})),
            (std::vector<int64_t>{64, 100, 37, 5, 7, 1000, 9, 12}));
  Set* s = set_new();
  for (int i = 0; i < 20; ++i) ASSERT_FALSE(failed(set_add(s, I(i))));
  for (int i = 0; i < 20; i += 3) ASSERT_EQ(set_discard(s, I(i)), 1);
  ASSERT_FALSE(failed(set_add(s, I(45))));
  ASSERT_FALSE(failed(set_add(s, I(-7))));
  EXPECT_EQ(order(s), (std::vector<int64_t>{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 45,
                                            -7}));
}

TEST_F(SetTest, AlgebraOrdersMatchCPython) {
  Value x = set_symmetric_difference(make({1, 2, 3}), Value::object(make({3, 4, 5})));
  EXPECT_EQ(order(x.as<Set>()), (std::vector<int64_t>{1, 2, 4, 5}));
  Value d = set_difference(make({10, 20, 30, 40, 50, 60}), Value::object(make({20})));
  EXPECT_EQ(order(d.as<Set>()), (std::vector<int64_t>{40, 10, 50, 60, 30}));
  Value i = set_intersection(make({1, 2, 3, 4, 5, 6, 7, 8, 9}), Value::object(make({9, 3, 5})));
  EXPECT_EQ(order(i.as<Set>()), (std::vector<int64_t>{9, 3, 5}));
}

TEST_F(SetTest, PopOrderMatchesCPython) {
  Set* s = make({1, 2, 3, 4, 5, 6, 7});
  Value k;
  std::vector<int64_t> popped;
  for (int n = 0; n < 3; ++n) {
    ASSERT_TRUE(set_pop_key(s, &k));
    popped.push_back(k.as_int());
  }
  EXPECT_EQ(popped, (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(order(s), (std::vector<int64_t>{4, 5, 6, 7}));
}

TEST_F(SetTest, HashesMatchCPython) {
  EXPECT_EQ(hash_value(Value::object(make({1, 2, 3}, &frozenset_type))), -272375401224217160);
  EXPECT_EQ(hash_value(Value::object(make({}, &frozenset_type))), 133146708735736);
  EXPECT_EQ(hash_value(Value::object(tuple_pack({I(1), I(2)}))), -3550055125485641917);
  EXPECT_EQ(hash_value(Value::object(tuple_empty())), 5740354900026072187);
  Value nested = Value::object(tuple_pack({I(1), Value::object(tuple_pack({I(2), I(3)}))}));
  EXPECT_EQ(hash_value(nested), 7267574591690527098);
  // Mutable sets are not hashable.
  EXPECT_EQ(hash_value(Value::object(make({1}))), -1);
  EXPECT_TRUE(error_matches(&exc::TypeError));
}

TEST_F(SetTest, SetKeyLooksUpAsFrozenset) {
  Set* outer = set_new();
  ASSERT_FALSE(failed(set_add(outer, Value::object(make({1, 2}, &frozenset_type)))));
  EXPECT_EQ(set_contains(outer, Value::object(make({2, 1}))), 1);
  EXPECT_EQ(set_discard(outer, Value::object(make({1, 2}))), 1);
  EXPECT_EQ(outer->used_, 0u);
}

TEST_F(SetTest, SubsetAndDisjoint) {
  Set* a = make({1, 2});
  Set* b = make({1, 2, 3});
  EXPECT_EQ(set_issubset(a, Value::object(b)), 1);
  EXPECT_EQ(set_issubset(b, Value::object(a)), 0);
  EXPECT_EQ(set_issuperset(b, Value::object(a)), 1);
  EXPECT_EQ(set_isdisjoint(a, Value::object(make({3, 4}))), 1);
  EXPECT_EQ(set_isdisjoint(a, Value::object(b)), 0);
}

TEST_F(SetTest, UpdateMergesAndResizes) {
  Set* s = set_new();
  for (int i = 0; i < 5000; ++i) ASSERT_FALSE(failed(set_add(s, I(i * 3))));
  Set* t = set_new();
  ASSERT_FALSE(failed(set_update(t, Value::object(s))));
  EXPECT_EQ(t->used_, 5000u);
  ASSERT_FALSE(failed(set_difference_update(t, Value::object(make({0, 3, 6, 7})))));
  EXPECT_EQ(t->used_, 4997u);
  for (int i = 3; i < 15000; i += 3) ASSERT_EQ(set_contains(t, I(i)), i == 3 || i == 6 ? 0 : 1);
}

TEST_F(SetTest, SurvivesGcStress) {
  gc::set_stress(true);
  Set* s = set_new();
  for (int i = 0; i < 300; ++i) {
    Value key = Value::object(str_new("k" + std::to_string(i)));
    ASSERT_FALSE(failed(set_add(s, key)));
    if (i % 4 == 3) {
      ASSERT_EQ(set_discard(s, Value::object(str_new("k" + std::to_string(i - 1)))), 1);
    }
  }
  gc::set_stress(false);
  gc::collect();
  EXPECT_EQ(s->used_, 225u);
  for (int i = 0; i < 300; ++i) {
    Value key = Value::object(str_new("k" + std::to_string(i)));
    EXPECT_EQ(set_contains(s, key), i % 4 == 2 ? 0 : 1);
  }
}

}  // namespace
}  // namespace tr
