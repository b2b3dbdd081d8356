// list.sort: a stable merge sort over a permutation of indices, with
// comparisons specialised when every key is an int, a float or a str.
// Like CPython, the list is empty while it is being sorted, so a key
// function or __lt__ that mutates it is caught ("list modified during sort").
#include <cstdlib>
#include <cstring>
#include <vector>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list_internal.h"
#include "objects/str.h"

namespace tr {

namespace {

// How two keys are ordered: chosen once per sort by scanning the keys.
enum class KeyKind { Generic, Int, Float, Str };

KeyKind classify(const Value* keys, size_t n) {
  if (n == 0) return KeyKind::Generic;
  bool ints = true, floats = true, strs = true;
  for (size_t i = 0; i < n && (ints || floats || strs); ++i) {
    Value k = keys[i];
    ints = ints && k.is_int();
    floats = floats && k.is_double();
    strs = strs && is_exact_str(k);
  }
  if (ints) return KeyKind::Int;
  if (floats) return KeyKind::Float;
  if (strs) return KeyKind::Str;
  return KeyKind::Generic;
}

class Sorter {
 public:
  Sorter(const Value* keys, size_t n)
      : keys_(keys), kind_(classify(keys, n)), perm_(n), tmp_(n) {
    for (size_t i = 0; i < n; ++i) perm_[i] = i;
  }

  // Sorts perm_; false when a comparison raised (perm_ is still a
  // permutation then, in some partly sorted order).
  bool run() {
    sort(0, perm_.size());
    return !failed_;
  }
  const std::vector<size_t>& perm() const { return perm_; }
  void reverse() {
    for (size_t i = 0, j = perm_.size(); i + 1 < j; ++i, --j) std::swap(perm_[i], perm_[j - 1]);
  }

 private:
  // keys[a] < keys[b]; after a failure every answer is "no" so the sort
  // winds down without calling more Python code.
  bool less(size_t a, size_t b) {
    if (failed_) return false;
    Value x = keys_[a], y = keys_[b];
    switch (kind_) {
      case KeyKind::Int: return x.as_int() < y.as_int();
      case KeyKind::Float: return x.as_double() < y.as_double();
      case KeyKind::Str: {
        // UTF-8 byte order is code point order.
        std::string_view s = x.as<Str>()->view(), t = y.as<Str>()->view();
        return s < t;
      }
      case KeyKind::Generic: break;
    }
    int r = compare_bool(x, y, CompareOp::Lt);
    if (r < 0) {
      failed_ = true;
      return false;
    }
    return r == 1;
  }

  // Binary insertion sort: few comparisons on short runs.
  void insertion_sort(size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; ++i) {
      size_t p = perm_[i];
      size_t left = lo, right = i;
      while (left < right) {
        size_t mid = left + (right - left) / 2;
        if (less(p, perm_[mid])) right = mid;
        else left = mid + 1;
      }
      for (size_t k = i; k > left; --k) perm_[k] = perm_[k - 1];
      perm_[left] = p;
    }
  }

  void sort(size_t lo, size_t hi) {
    if (hi - lo <= 16) {
      insertion_sort(lo, hi);
      return;
    }
    size_t mid = lo + (hi - lo) / 2;
    sort(lo, mid);
    sort(mid, hi);
    // Already in order (sorted input): no merge needed.
    if (!less(perm_[mid], perm_[mid - 1])) return;
    merge(lo, mid, hi);
  }

  // Stable: an item of the right run goes first only if strictly less.
  void merge(size_t lo, size_t mid, size_t hi) {
    size_t nl = mid - lo;
    std::memcpy(tmp_.data(), perm_.data() + lo, nl * sizeof(size_t));
    size_t i = 0, j = mid, out = lo;
    while (i < nl && j < hi) {
      if (less(perm_[j], tmp_[i])) perm_[out++] = perm_[j++];
      else perm_[out++] = tmp_[i++];
    }
    while (i < nl) perm_[out++] = tmp_[i++];
    // Items left in the right run are already in place.
  }

  const Value* keys_;
  KeyKind kind_;
  bool failed_ = false;
  std::vector<size_t> perm_;
  std::vector<size_t> tmp_;
};

// Puts the items of `holder` back into `l`, raising if l was modified while
// it was empty.
Status restore(List* l, List* holder, bool ok) {
  bool modified = l->items_ != nullptr || l->size_ != 0;
  std::free(l->items_);
  l->items_ = holder->items_;
  l->size_ = holder->size_;
  l->capacity_ = holder->capacity_;
  holder->items_ = nullptr;
  holder->size_ = 0;
  holder->capacity_ = 0;
  if (!ok) return Status::Error;
  if (modified) return raise_status(&exc::ValueError, "list modified during sort");
  return Status::Ok;
}

}  // namespace

Status list_sort(List* l, Value key, bool reverse) {
  // Detach the items into a holder list: a GC root (it is on the stack) that
  // keeps them alive while `l` looks empty.
  List* holder = list_new();
  holder->items_ = l->items_;
  holder->size_ = l->size_;
  holder->capacity_ = l->capacity_;
  l->items_ = nullptr;
  l->size_ = 0;
  l->capacity_ = 0;
  size_t n = holder->size_;
  if (n < 2) return restore(l, holder, true);

  List* keys = holder;
  if (!key.is_null() && !key.is_none()) {
    keys = list_new(0, n);
    for (size_t i = 0; i < n; ++i) {
      Value k = call1(key, holder->items_[i]);
      if (k.is_null()) return restore(l, holder, false);
      keys->items_[i] = k;
      keys->size_ = i + 1;
    }
  }

  Sorter sorter(keys->items_, n);
  // Reversing before and after keeps equal items in their original order.
  if (reverse) sorter.reverse();
  bool ok = sorter.run();
  if (reverse) sorter.reverse();
  // The sorter reads keys->items_ directly; keep the list itself visible to
  // the conservative stack scan until the comparisons are over.
  asm volatile("" : : "r"(keys) : "memory");

  // Apply the permutation. Nothing allocates on the GC heap between filling
  // `out` and copying it back, so its untraced Values cannot be collected.
  auto* out = static_cast<Value*>(std::malloc(n * sizeof(Value)));
  if (!out) {
    (void)restore(l, holder, true);
    raise_memory_error();
    return Status::Error;
  }
  const std::vector<size_t>& perm = sorter.perm();
  for (size_t i = 0; i < n; ++i) out[i] = holder->items_[perm[i]];
  // Copied back rather than swapped in: the buffer may be l's inline one.
  std::memcpy(holder->items_, out, n * sizeof(Value));
  std::free(out);
  return restore(l, holder, ok);
}

namespace {
const char* const kSortParams[] = {"key", "reverse"};
}

Value list_sort_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 1) return raise(&exc::TypeError, "sort() takes no positional arguments");
  Value key = Value::null(), rev = Value::null();
  size_t nkw = kwnames ? kwnames->size_ : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = kwnames->items_[k].as<Str>();
    if (name->view() == kSortParams[0]) key = args[nargs + k];
    else if (name->view() == kSortParams[1]) rev = args[nargs + k];
    else return raise(&exc::TypeError, "'%s' is an invalid keyword argument for sort()",
                      name->data_);
  }
  bool reverse = false;
  if (!rev.is_null()) {
    Value i = to_index(rev);
    if (i.is_null()) return i;
    reverse = int_sign(i) != 0;
  }
  if (failed(list_sort(args[0].as<List>(), key, reverse))) return Value::null();
  return Value::none();
}

}  // namespace tr
