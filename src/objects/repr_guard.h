// Recursion guard for container reprs: a list that contains itself prints
// "[[...]]" instead of recursing forever (CPython's Py_ReprEnter/Leave), and
// a container nested too deeply raises RecursionError.
#pragma once
#include "gc/gc.h"

namespace tr {

// While a ReprGuard for `o` is alive, a second guard for the same object
// reports recursive(). The active objects are also reachable from the C++
// stack of the reprs in progress, so the list needs no GC root of its own.
// When kMaxDepth guards are already active, the new one reports failed()
// with RecursionError pending (the repr must return null).
class ReprGuard {
 public:
  static constexpr size_t kMaxDepth = 1000;  // CPython's default recursion limit

  explicit ReprGuard(Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return state_ == State::Recursive; }
  bool failed() const { return state_ == State::TooDeep; }

 private:
  enum class State : uint8_t { Entered, Recursive, TooDeep };
  Object* obj_;
  State state_;
};

}  // namespace tr
