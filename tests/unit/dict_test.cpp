// Unit tests of the compact dict (objects/dict.cpp): insertion, lookup,
// deletion, order, resizing through every index width, hash collisions,
// versions, and survival under a collection at every allocation.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/dict_internal.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class DictTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
  void TearDown() override {
    gc::set_stress(false);
    error_clear();
  }
};

Value I(int64_t i) { return int_from_i64(i); }
Value S(const std::string& s) { return Value::object(str_new(s)); }

int64_t as_i64(Value v) {
  int64_t out = 0;
  EXPECT_TRUE(int_to_i64(v, &out));
  return out;
}

TEST_F(DictTest, EmptyDictFindsNothing) {
  Dict* d = dict_new();
  EXPECT_EQ(dict_size(d), 0u);
  EXPECT_TRUE(dict_get(d, I(1)).is_null());
  EXPECT_FALSE(error_pending());
  EXPECT_EQ(dict_del(d, I(1)), 0);
  size_t pos = 0;
  Value k, v;
  EXPECT_FALSE(dict_next(d, &pos, &k, &v));
}

TEST_F(DictTest, SetGetReplaceDelete) {
  Dict* d = dict_new();
  ASSERT_FALSE(failed(dict_set(d, I(1), S("one"))));
  ASSERT_FALSE(failed(dict_set(d, S("two"), I(2))));
  EXPECT_EQ(dict_size(d), 2u);
  EXPECT_EQ(dict_get(d, I(1)).as<Str>()->view(), "one");
  EXPECT_EQ(as_i64(dict_get(d, S("two"))), 2);
  ASSERT_FALSE(failed(dict_set(d, I(1), S("uno"))));
  EXPECT_EQ(dict_size(d), 2u);
  EXPECT_EQ(dict_get(d, I(1)).as<Str>()->view(), "uno");
  EXPECT_EQ(dict_del(d, I(1)), 1);
  EXPECT_EQ(dict_del(d, I(1)), 0);
  EXPECT_TRUE(dict_get(d, I(1)).is_null());
  EXPECT_EQ(dict_size(d), 1u);
}

TEST_F(DictTest, EqualKeysOfDifferentTypesAreOneKey) {
  Dict* d = dict_new();
  ASSERT_FALSE(failed(dict_set(d, I(1), S("int"))));
  ASSERT_FALSE(failed(dict_set(d, Value::true_(), S("bool"))));
  ASSERT_FALSE(failed(dict_set(d, Value::from_double(1.0), S("float"))));
  EXPECT_EQ(dict_size(d), 1u);
  // The first key object is kept; the value is the last one stored.
  size_t pos = 0;
  Value k, v;
  ASSERT_TRUE(dict_next(d, &pos, &k, &v));
  EXPECT_TRUE(k.is_int());
  EXPECT_EQ(v.as<Str>()->view(), "float");
}

TEST_F(DictTest, StrKeysInternedAndNot) {
  Dict* d = dict_new();
  Str* interned = str_intern("spam");
  ASSERT_FALSE(failed(dict_set_str(d, interned, I(7))));
  // A separately allocated equal string finds the same entry.
  Value other = S("spam");
  ASSERT_NE(other.as_object(), interned);
  EXPECT_EQ(as_i64(dict_get(d, other)), 7);
  EXPECT_EQ(as_i64(dict_get_str(d, other.as<Str>())), 7);
  EXPECT_TRUE(dict_get_str(d, str_intern("eggs")).is_null());
}

TEST_F(DictTest, InsertionOrderSurvivesDeletesAndResizes) {
  Dict* d = dict_new();
  for (int i = 0; i < 1000; ++i) ASSERT_FALSE(failed(dict_set(d, I(i * 7919 % 1000), I(i))));
  for (int i = 0; i < 1000; i += 3) ASSERT_EQ(dict_del(d, I(i * 7919 % 1000)), 1);
  // Re-adding a deleted key puts it at the end.
  ASSERT_FALSE(failed(dict_set(d, I(0), I(-1))));
  size_t pos = 0;
  Value k, v;
  int64_t expect = 1;
  size_t seen = 0;
  while (dict_next(d, &pos, &k, &v)) {
    if (seen == dict_size(d) - 1) {
      EXPECT_EQ(as_i64(k), 0);
      break;
    }
    if (expect % 3 == 0) ++expect;
    EXPECT_EQ(as_i64(v), expect);
    EXPECT_EQ(as_i64(k), expect * 7919 % 1000);
    ++expect;
    ++seen;
  }
  EXPECT_EQ(seen + 1, dict_size(d));
}

// 300 and 70000 entries push the index table past int8 and int16 slots.
TEST_F(DictTest, GrowsThroughEveryIndexWidth) {
  Dict* d = dict_new();
  const int n = 70000;
  for (int i = 0; i < n; ++i) {
    ASSERT_FALSE(failed(dict_set(d, I(i), I(-i))));
    if (i == 100 || i == 300 || i == 40000) {
      for (int j = 0; j <= i; j += 97) ASSERT_EQ(as_i64(dict_get(d, I(j))), -j);
    }
  }
  EXPECT_EQ(dict_size(d), static_cast<size_t>(n));
  EXPECT_GE(d->log2_size_, 17);
  for (int i = 0; i < n; i += 2) ASSERT_EQ(dict_del(d, I(i)), 1);
  for (int i = 0; i < n; ++i) {
    Value v = dict_get(d, I(i));
    if (i % 2) ASSERT_EQ(as_i64(v), -i);
    else ASSERT_TRUE(v.is_null());
  }
}

// Ints congruent modulo 2^61 - 1 hash alike: every insert below collides.
TEST_F(DictTest, CollidingHashes) {
  Dict* d = dict_new();
  const int64_t kMod = (int64_t{1} << 61) - 1;
  std::vector<int64_t> keys;
  for (int i = 0; i < 3; ++i) keys.push_back(5 + i * kMod);  // 5, 5+M, 5+2M (as BigInt)
  keys.push_back(-2);  // hash(-1) == hash(-2) == -2 in CPython
  keys.push_back(-1);
  int64_t h0 = hash_value(int_from_i64(keys[0]));
  for (int i = 1; i < 3; ++i) EXPECT_EQ(hash_value(int_from_i64(keys[i])), h0);
  EXPECT_EQ(hash_value(I(-1)), hash_value(I(-2)));
  for (size_t i = 0; i < keys.size(); ++i) {
    ASSERT_FALSE(failed(dict_set(d, int_from_i64(keys[i]), I(static_cast<int64_t>(i)))));
  }
  EXPECT_EQ(dict_size(d), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(as_i64(dict_get(d, int_from_i64(keys[i]))), static_cast<int64_t>(i));
  }
  EXPECT_EQ(dict_del(d, int_from_i64(keys[1])), 1);
  EXPECT_TRUE(dict_get(d, int_from_i64(keys[1])).is_null());
  EXPECT_EQ(as_i64(dict_get(d, int_from_i64(keys[2]))), 2);
}

TEST_F(DictTest, VersionChangesWhenKeysMove) {
  Dict* a = dict_new();
  Dict* b = dict_new();
  EXPECT_NE(a->version_, b->version_);
  uint64_t v = a->version_;
  ASSERT_FALSE(failed(dict_set(a, I(1), I(1))));
  EXPECT_NE(a->version_, v);
  v = a->version_;
  // Replacing a value keeps the key layout, and so the version: caches
  // remember entry positions and read the new value from there.
  ASSERT_FALSE(failed(dict_set(a, I(1), I(2))));
  EXPECT_EQ(a->version_, v);
  EXPECT_TRUE(dict_get(a, I(1)).is_int());  // reads do not change it
  EXPECT_EQ(a->version_, v);
  EXPECT_EQ(dict_del(a, I(1)), 1);
  EXPECT_NE(a->version_, v);
  v = a->version_;
  dict_clear(a);
  EXPECT_NE(a->version_, v);
}

TEST_F(DictTest, PopLastIsLifoAndCompacts) {
  Dict* d = dict_new();
  for (int i = 0; i < 10; ++i) ASSERT_FALSE(failed(dict_set(d, I(i), I(i * i))));
  Value k, v;
  for (int i = 9; i >= 0; --i) {
    ASSERT_TRUE(dict_pop_last(d, &k, &v));
    EXPECT_EQ(as_i64(k), i);
    EXPECT_EQ(as_i64(v), i * i);
  }
  EXPECT_FALSE(dict_pop_last(d, &k, &v));
  EXPECT_EQ(d->num_entries_, 0u);
}

TEST_F(DictTest, CopyKeepsOrderWithAndWithoutHoles) {
  Dict* d = dict_new();
  for (int i = 0; i < 20; ++i) ASSERT_FALSE(failed(dict_set(d, S(std::to_string(i)), I(i))));
  Dict* c1 = dict_copy(d);
  for (int i = 0; i < 20; i += 2) ASSERT_EQ(dict_del(d, S(std::to_string(i))), 1);
  Dict* c2 = dict_copy(d);
  EXPECT_EQ(dict_size(c1), 20u);
  EXPECT_EQ(dict_size(c2), 10u);
  EXPECT_EQ(c2->num_entries_, 10u);  // holes dropped
  size_t pos = 0;
  Value k, v;
  int64_t expect = 1;
  while (dict_next(c2, &pos, &k, &v)) {
    EXPECT_EQ(as_i64(v), expect);
    expect += 2;
  }
  // The copies are independent.
  ASSERT_FALSE(failed(dict_set(c1, I(99), I(99))));
  EXPECT_TRUE(dict_get(d, I(99)).is_null());
}

TEST_F(DictTest, UnhashableKeyRaises) {
  Dict* d = dict_new();
  Value l = Value::object(list_new());
  EXPECT_TRUE(failed(dict_set(d, l, I(1))));
  EXPECT_TRUE(error_matches(&exc::TypeError));
  error_clear();
  EXPECT_TRUE(dict_get(d, l).is_null());
  EXPECT_TRUE(error_pending());
  error_clear();
  EXPECT_EQ(dict_del(d, l), -1);
}

TEST_F(DictTest, UpdateFromPairsAndDicts) {
  Dict* d = dict_new();
  List* pairs = list_new();
  for (int i = 0; i < 5; ++i) {
    ASSERT_FALSE(failed(list_append(pairs, Value::object(tuple_pack({I(i), I(10 * i)})))));
  }
  ASSERT_FALSE(failed(dict_update(d, Value::object(pairs))));
  EXPECT_EQ(dict_size(d), 5u);
  Dict* e = dict_new();
  ASSERT_FALSE(failed(dict_set(e, I(4), I(-4))));
  ASSERT_FALSE(failed(dict_set(e, I(5), I(-5))));
  ASSERT_FALSE(failed(dict_update(d, Value::object(e))));
  EXPECT_EQ(dict_size(d), 6u);
  EXPECT_EQ(as_i64(dict_get(d, I(4))), -4);
  // A pair of the wrong length.
  List* bad = list_new();
  ASSERT_FALSE(failed(list_append(bad, Value::object(tuple_pack({I(1), I(2), I(3)})))));
  EXPECT_TRUE(failed(dict_update(d, Value::object(bad))));
  EXPECT_TRUE(error_matches(&exc::ValueError));
}

// Every allocation collects: keys, values and the dict must all survive
// because they are reachable (the dict from the stack, the rest from it).
TEST_F(DictTest, SurvivesGcStress) {
  gc::set_stress(true);
  Dict* d = dict_new();
  for (int i = 0; i < 400; ++i) {
    Value key = S("key" + std::to_string(i));
    List* val = list_new();
    ASSERT_FALSE(failed(list_append(val, S("value" + std::to_string(i)))));
    ASSERT_FALSE(failed(dict_set(d, key, Value::object(val))));
    if (i % 5 == 4) {
      ASSERT_EQ(dict_del(d, S("key" + std::to_string(i - 2))), 1);
    }
  }
  gc::set_stress(false);
  gc::collect();
  size_t pos = 0;
  Value k, v;
  size_t n = 0;
  while (dict_next(d, &pos, &k, &v)) {
    std::string ks(k.as<Str>()->view());
    ASSERT_EQ(ks.substr(0, 3), "key");
    List* l = v.as<List>();
    ASSERT_EQ(l->size_, 1u);
    EXPECT_EQ(std::string(l->items_[0].as<Str>()->view()), "value" + ks.substr(3));
    ++n;
  }
  EXPECT_EQ(n, dict_size(d));
  EXPECT_EQ(n, 320u);
}

}  // namespace
}  // namespace tr
