// list subscripts: l[i], l[a:b:c], their assignment and deletion, including
// extended slices. The getitem_/setitem_ slots of list_type.
#include <cstring>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/list_internal.h"
#include "objects/slice.h"

namespace tr {

namespace {

Value bad_index_type(Value key) {
  return raise(&exc::TypeError, "list indices must be integers or slices, not %s",
               type_name_of(key));
}

// The right-hand side of a slice assignment as a tuple or list whose items
// stay put while we copy (a copy when it is the target list itself).
Value assigned_items(List* l, Value v) {
  if (v.is_object() && v.as_object() == l) {
    List* copy = list_new(0, l->size_);
    std::memcpy(copy->items_, l->items_, l->size_ * sizeof(Value));
    copy->size_ = l->size_;
    return Value::object(copy);
  }
  if (is_list(v) || is_tuple(v)) return v;
  Value it = get_iter(v);
  if (it.is_null()) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "can only assign an iterable");
    }
    return it;
  }
  List* r = list_new();
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return x;
    if (x.is_exhausted()) return Value::object(r);
    if (failed(list_append(r, x))) return Value::null();
  }
}

void items_of(Value seq, const Value** items, size_t* n) {
  if (is_list(seq)) {
    *items = seq.as<List>()->items_;
    *n = seq.as<List>()->size_;
  } else {
    *items = seq.as<Tuple>()->items_;
    *n = seq.as<Tuple>()->size_;
  }
}

Status del_extended(List* l, int64_t start, int64_t step, int64_t count) {
  if (step < 0) {  // delete the same items walking forwards
    start += (count - 1) * step;
    step = -step;
  }
  size_t out = static_cast<size_t>(start);
  int64_t next_del = start;
  int64_t deleted = 0;
  for (size_t i = static_cast<size_t>(start); i < l->size_; ++i) {
    if (deleted < count && static_cast<int64_t>(i) == next_del) {
      ++deleted;
      next_del += step;
      continue;
    }
    l->items_[out++] = l->items_[i];
  }
  l->size_ = out;
  return Status::Ok;
}

}  // namespace

Status list_ass_range(List* l, int64_t lo, int64_t hi, const Value* items, size_t n) {
  size_t removed = static_cast<size_t>(hi - lo);
  size_t old = l->size_;
  size_t tail = old - static_cast<size_t>(hi);
  if (n > removed) {
    if (failed(list_reserve(l, old + (n - removed)))) return Status::Error;
  }
  if (tail && n != removed) {
    std::memmove(l->items_ + lo + n, l->items_ + hi, tail * sizeof(Value));
  }
  for (size_t i = 0; i < n; ++i) l->items_[lo + i] = items[i];
  l->size_ = old - removed + n;
  return Status::Ok;
}

Value list_subscript(Value self, Value key) {
  auto* l = self.as<List>();
  if (key.is_int() || is_index_like(key)) {
    int64_t i;
    if (!seq_index(key, &i)) return Value::null();
    int64_t n = static_cast<int64_t>(l->size_);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(&exc::IndexError, "list index out of range");
    return l->items_[i];
  }
  if (!is_slice(key)) return bad_index_type(key);
  int64_t start, stop, step;
  int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(l->size_), &start, &stop,
                            &step);
  if (n < 0) return Value::null();
  List* r = list_new(0, static_cast<size_t>(n));
  for (int64_t k = 0, i = start; k < n; ++k, i += step) r->items_[k] = l->items_[i];
  r->size_ = static_cast<size_t>(n);
  return Value::object(r);
}

Status list_ass_subscript(Value self, Value key, Value v) {
  auto* l = self.as<List>();
  if (key.is_int() || is_index_like(key)) {
    int64_t i;
    if (!seq_index(key, &i)) return Status::Error;
    int64_t n = static_cast<int64_t>(l->size_);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      return raise_status(&exc::IndexError, "list assignment index out of range");
    }
    if (v.is_null()) return list_ass_range(l, i, i + 1, nullptr, 0);
    l->items_[i] = v;
    gc::write_barrier(l, v);
    return Status::Ok;
  }
  if (!is_slice(key)) {
    bad_index_type(key);
    return Status::Error;
  }
  int64_t start, stop, step;
  if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return Status::Error;
  // Converting the new items may run Python code that resizes the list, so
  // the bounds are resolved against the length after that.
  Value seq;
  if (!v.is_null()) {
    seq = assigned_items(l, v);
    if (seq.is_null()) return Status::Error;
  }
  int64_t count = slice_adjust(static_cast<int64_t>(l->size_), &start, &stop, step);
  const Value* items = nullptr;
  size_t n = 0;
  if (!seq.is_null()) items_of(seq, &items, &n);
  if (step == 1) {
    if (stop < start) stop = start;
    return list_ass_range(l, start, stop, items, n);
  }
  if (v.is_null()) {
    if (count <= 0) return Status::Ok;
    return del_extended(l, start, step, count);
  }
  if (static_cast<int64_t>(n) != count) {
    return raise_status(&exc::ValueError,
                        "attempt to assign sequence of size %zu to extended slice of size %lld",
                        n, static_cast<long long>(count));
  }
  for (int64_t k = 0, i = start; k < count; ++k, i += step) l->items_[i] = items[k];
  return Status::Ok;
}

}  // namespace tr
