// Recursion guard for container reprs: a list that contains itself prints
// "[[...]]" instead of recursing forever (CPython's Py_ReprEnter/Leave).
#pragma once
#include "gc/gc.h"

namespace tr {

// While a ReprGuard for `o` is alive, a second guard for the same object
// reports recursive(). The active objects are also reachable from the C++
// stack of the reprs in progress, so the list needs no GC root of its own.
class ReprGuard {
 public:
  explicit ReprGuard(Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  Object* obj_;
  bool recursive_;
};

}  // namespace tr
