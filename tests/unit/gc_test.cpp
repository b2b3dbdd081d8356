// Tests of the collector: unreachable objects are reclaimed, values held on
// the native stack or in RootedValues survive, cycles are collected, and a
// stress run keeps the heap flat.
#include <gtest/gtest.h>

#include "objects/objects.h"
#include "test_support.h"

namespace tr {
namespace {

class GcTest : public ::testing::Test {
 protected:
  void SetUp() override { test::ensure_runtime(); }
};

// Allocates a chain of lists in a separate frame so no stale pointers to it
// stay in this frame's registers.
__attribute__((noinline)) void make_garbage(int n) {
  for (int i = 0; i < n; ++i) {
    List* l = list_new(0);
    (void)list_append(l, Value::object(list_new(8)));
  }
}

TEST_F(GcTest, UnreachableObjectsAreReclaimed) {
  gc::collect();
  size_t before = gc::stats().bytes_live;
  make_garbage(20000);
  gc::collect();
  size_t after = gc::stats().bytes_live;
  // Allow some slack for conservatively retained cells.
  EXPECT_LT(after, before + 64 * 1024);
}

TEST_F(GcTest, StackReferencesSurvive) {
  List* l = list_new(0);
  for (int i = 0; i < 100; ++i) ASSERT_FALSE(failed(list_append(l, str_value("item"))));
  gc::collect();
  make_garbage(1000);
  gc::collect();
  ASSERT_EQ(l->size_, 100u);
  for (size_t i = 0; i < l->size_; ++i) {
    ASSERT_TRUE(is_str(l->items_[i]));
    EXPECT_EQ(l->items_[i].as<Str>()->view(), "item");
  }
}

TEST_F(GcTest, RootedValuesSurvive) {
  RootedValues roots;
  for (int i = 0; i < 50; ++i) roots.push_back(Value::object(str_new("rooted-" + std::to_string(i))));
  gc::collect();
  make_garbage(2000);
  gc::collect();
  for (int i = 0; i < 50; ++i)
    EXPECT_EQ(roots[i].as<Str>()->view(), "rooted-" + std::to_string(i));
}

__attribute__((noinline)) void make_cycles(int n) {
  for (int i = 0; i < n; ++i) {
    List* a = list_new(0);
    List* b = list_new(0);
    (void)list_append(a, Value::object(b));
    (void)list_append(b, Value::object(a));
  }
}

TEST_F(GcTest, CyclesAreCollected) {
  gc::collect();
  size_t before = gc::stats().bytes_live;
  make_cycles(50000);
  gc::collect();
  EXPECT_LT(gc::stats().bytes_live, before + 64 * 1024);
}

TEST_F(GcTest, StressModeKeepsLiveData) {
  gc::set_stress(true);
  Dict* d = dict_new();
  for (int i = 0; i < 300; ++i)
    ASSERT_FALSE(failed(dict_set(d, int_from_i64(i), str_value(std::to_string(i * i)))));
  gc::set_stress(false);
  for (int i = 0; i < 300; ++i) {
    Value v = dict_get(d, int_from_i64(i));
    ASSERT_FALSE(v.is_null());
    EXPECT_EQ(v.as<Str>()->view(), std::to_string(i * i));
  }
}

__attribute__((noinline)) void make_big_strings(int n) {
  for (int i = 0; i < n; ++i) (void)str_new(std::string(10000, 'x'));
}

TEST_F(GcTest, LargeObjectsAreReclaimed) {
  gc::collect();
  size_t heap_before = gc::stats().heap_bytes;
  make_big_strings(500);  // 500 x 10 KB, each in the large-object space
  gc::collect();
  EXPECT_LT(gc::stats().heap_bytes, heap_before + 4 * 1024 * 1024);
}

}  // namespace
}  // namespace tr
