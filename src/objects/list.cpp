// list: the growable array. Buffer management, construction and the slots
// (repr, compare, +, *, iteration). Methods are list_methods.cpp, sort
// list_sort.cpp, subscripts list_slice.cpp.
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/list_internal.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "objects/str.h"

namespace tr {

Type list_type;

namespace {

void list_trace(Object* o, Tracer& t) {
  auto* l = static_cast<List*>(o);
  t.visit_range(l->items_, l->size_);
}

void list_finalize(Object* o) {
  auto* l = static_cast<List*>(o);
  if (!items_inline(l)) std::free(l->items_);
  l->items_ = nullptr;
}

// Lists are made before objects_init() reaches list_type_init (class
// creation reads __slots__ through one), so the GC hooks go in early.
struct InstallHooks {
  InstallHooks() {
    list_type.gc_trace_ = list_trace;
    list_type.gc_finalize_ = list_finalize;
  }
} g_install_hooks;

inline bool is_exact_list(Value v) {
  return v.is_object() && v.as_object()->cls_ == &list_type;
}

}  // namespace

// ---------------------------------------------------------------------------
// Buffer

Status list_reserve(List* l, size_t n) {
  if (n <= l->capacity_) return Status::Ok;
  if (n > kMaxListItems) {
    raise_memory_error();
    return Status::Error;
  }
  // Grow by ~1/8 plus a little, like CPython, so appends are amortised O(1).
  size_t cap = n + (n >> 3) + 6;
  cap &= ~size_t{3};
  Value* items;
  // The buffer is garbage once the list is: the collector counts it.
  gc::account_external((cap - (items_inline(l) ? 0 : l->capacity_)) * sizeof(Value));
  if (items_inline(l)) {
    items = static_cast<Value*>(std::malloc(cap * sizeof(Value)));
    if (items) std::memcpy(items, l->items_, l->size_ * sizeof(Value));
  } else {
    items = static_cast<Value*>(std::realloc(l->items_, cap * sizeof(Value)));
  }
  if (!items) {
    raise_memory_error();
    return Status::Error;
  }
  l->items_ = items;
  l->capacity_ = cap;
  return Status::Ok;
}

Status list_resize(List* l, size_t n) {
  if (failed(list_reserve(l, n))) return Status::Error;
  for (size_t i = l->size_; i < n; ++i) l->items_[i] = Value::none();
  l->size_ = n;
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// Construction

List* list_new(size_t size, size_t capacity) {
  if (capacity < size) capacity = size;
  if (capacity && capacity <= kMaxInlineItems) {
    auto* l = static_cast<List*>(
        alloc_object_sized(&list_type, sizeof(List) + capacity * sizeof(Value)));
    l->items_ = inline_items(l);
    l->capacity_ = capacity;
    for (size_t i = 0; i < size; ++i) l->items_[i] = Value::none();
    l->size_ = size;
    return l;
  }
  auto* l = alloc<List>(&list_type);
  if (capacity) {
    l->items_ = static_cast<Value*>(std::malloc(capacity * sizeof(Value)));
    if (!l->items_) std::abort();  // callers size lists from real data
    gc::account_external(capacity * sizeof(Value));
    l->capacity_ = capacity;
  }
  for (size_t i = 0; i < size; ++i) l->items_[i] = Value::none();
  l->size_ = size;
  return l;
}

Status list_append(List* l, Value v) {
  if (l->size_ == l->capacity_ && failed(list_reserve(l, l->size_ + 1))) {
    return Status::Error;
  }
  l->items_[l->size_++] = v;
  gc::write_barrier(l, v);
  return Status::Ok;
}

Status list_extend(List* l, Value iterable) {
  if (is_exact_list(iterable) || (iterable.is_object() &&
                                  iterable.as_object()->cls_ == &tuple_type)) {
    // Read the source's size first: l.extend(l) doubles l once.
    const Value* src;
    size_t n;
    if (is_exact_list(iterable)) {
      src = iterable.as<List>()->items_;
      n = iterable.as<List>()->size_;
    } else {
      src = iterable.as<Tuple>()->items_;
      n = iterable.as<Tuple>()->size_;
    }
    if (n == 0) return Status::Ok;
    size_t old = l->size_;
    if (failed(list_reserve(l, old + n))) return Status::Error;
    if (iterable.as_object() == l) src = l->items_;  // realloc may have moved it
    for (size_t i = 0; i < n; ++i) l->items_[old + i] = src[i];
    l->size_ = old + n;
    return Status::Ok;
  }
  Value it = get_iter(iterable);
  if (it.is_null()) return Status::Error;
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return Status::Error;
    if (x.is_exhausted()) return Status::Ok;
    if (failed(list_append(l, x))) return Status::Error;
  }
}

Value list_from_iterable(Value iterable) {
  // Presize for the common exact list/tuple sources (small ones inline).
  size_t hint = 0;
  if (is_exact_list(iterable)) hint = iterable.as<List>()->size_;
  else if (iterable.is_object() && iterable.as_object()->cls_ == &tuple_type) hint = iterable.as<Tuple>()->size_;
  List* l = list_new(0, hint);
  if (failed(list_extend(l, iterable))) return Value::null();
  return Value::object(l);
}

Value list_to_tuple(List* l) {
  Tuple* t = tuple_new(l->size_);
  // Sizes agree: tuple_new allocates, but a collection cannot change a list.
  for (size_t i = 0; i < t->size_; ++i) t->items_[i] = l->items_[i];
  return Value::object(t);
}

// ---------------------------------------------------------------------------
// Slots

namespace {

Value list_repr(Value self) {
  auto* l = self.as<List>();
  if (l->size_ == 0) return str_value("[]");
  ReprGuard guard(l);
  if (guard.failed()) return Value::null();
  if (guard.recursive()) return str_value("[...]");
  std::string out = "[";
  // An item's repr may shrink the list: re-read the size every time.
  for (size_t i = 0; i < l->size_; ++i) {
    if (i) out += ", ";
    Value r = repr(l->items_[i]);
    if (r.is_null()) return r;
    out += r.as<Str>()->view();
  }
  out += "]";
  return str_value(out);
}

int64_t list_hash(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

Value sizes_compare(size_t a, size_t b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return Value::boolean(a < b);
    case CompareOp::Le: return Value::boolean(a <= b);
    case CompareOp::Eq: return Value::boolean(a == b);
    case CompareOp::Ne: return Value::boolean(a != b);
    case CompareOp::Gt: return Value::boolean(a > b);
    case CompareOp::Ge: return Value::boolean(a >= b);
  }
  return Value::null();
}

Value list_compare(Value a, Value b, CompareOp op) {
  if (!is_list(a) || !is_list(b)) return Value::not_implemented();
  auto* x = a.as<List>();
  auto* y = b.as<List>();
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x->size_ != y->size_) {
    return Value::boolean(op == CompareOp::Ne);
  }
  // __eq__ of an item may mutate either list: bounds are re-checked.
  size_t i = 0;
  for (; i < x->size_ && i < y->size_; ++i) {
    Value xi = x->items_[i], yi = y->items_[i];
    int eq = equals(xi, yi);
    if (eq < 0) return Value::null();
    if (!eq) break;
  }
  if (i >= x->size_ || i >= y->size_) return sizes_compare(x->size_, y->size_, op);
  if (op == CompareOp::Eq) return Value::false_();
  if (op == CompareOp::Ne) return Value::true_();
  return compare(x->items_[i], y->items_[i], op);
}

// A new list of l's items repeated n times.
Value list_repeat(List* l, Value count) {
  int64_t n;
  if (!repeat_count(count, &n)) return Value::null();
  size_t len = l->size_;
  if (n <= 0 || len == 0) return Value::object(list_new());
  if (static_cast<uint64_t>(n) > kMaxListItems / len) return raise_memory_error();
  size_t total = len * static_cast<size_t>(n);
  List* r = list_new(0, total);
  if (len == 1) {
    Value v = l->items_[0];
    for (size_t i = 0; i < total; ++i) r->items_[i] = v;
  } else {
    for (size_t k = 0; k < total; k += len) {
      for (size_t i = 0; i < len; ++i) r->items_[k + i] = l->items_[i];
    }
  }
  r->size_ = total;
  return Value::object(r);
}

Value non_int_multiplier(Value count) {
  return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
               type_name_of(count));
}

Value list_binary(BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Add) {
    if (!is_list(a)) return Value::not_implemented();
    if (!is_list(b)) {
      if (args::defines_method(b, "__radd__")) return Value::not_implemented();
      return raise(&exc::TypeError, "can only concatenate list (not \"%s\") to list",
                   type_name_of(b));
    }
    auto* x = a.as<List>();
    auto* y = b.as<List>();
    List* r = list_new(0, x->size_ + y->size_);
    for (size_t i = 0; i < x->size_; ++i) r->items_[i] = x->items_[i];
    for (size_t i = 0; i < y->size_; ++i) r->items_[x->size_ + i] = y->items_[i];
    r->size_ = x->size_ + y->size_;
    return Value::object(r);
  }
  if (op == BinaryOp::Mul) {
    Value seq = is_list(a) ? a : b;
    Value count = is_list(a) ? b : a;
    if (!is_index_like(count)) {
      // With the list on the left the other operand's __rmul__ is still to
      // be tried; on the right, its __mul__ has already declined.
      if (is_list(a) && args::defines_method(count, "__rmul__")) {
        return Value::not_implemented();
      }
      return non_int_multiplier(count);
    }
    return list_repeat(seq.as<List>(), count);
  }
  return Value::not_implemented();
}

}  // namespace

Value list_inplace(BinaryOp op, Value a, Value b) {
  if (!is_list(a)) return Value::not_implemented();
  auto* l = a.as<List>();
  if (op == BinaryOp::Add) {
    if (failed(list_extend(l, b))) return Value::null();
    return a;
  }
  if (op == BinaryOp::Mul) {
    if (!is_index_like(b)) return non_int_multiplier(b);
    int64_t n;
    if (!repeat_count(b, &n)) return Value::null();
    size_t len = l->size_;
    if (n <= 0 || len == 0) {
      l->size_ = 0;
      return a;
    }
    if (static_cast<uint64_t>(n) > kMaxListItems / len) return raise_memory_error();
    size_t total = len * static_cast<size_t>(n);
    if (failed(list_reserve(l, total))) return Value::null();
    for (size_t k = len; k < total; k += len) {
      for (size_t i = 0; i < len; ++i) l->items_[k + i] = l->items_[i];
    }
    l->size_ = total;
    return a;
  }
  return Value::not_implemented();
}

namespace {

int64_t list_len(Value self) { return static_cast<int64_t>(self.as<List>()->size_); }

int list_contains(Value self, Value item) {
  auto* l = self.as<List>();
  for (size_t i = 0; i < l->size_; ++i) {
    int eq = equals(l->items_[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value list_iter(Value self) { return list_iter_new(self.as<List>()); }

// list.__new__ makes an empty list; list.__init__ fills it. Both run for
// list(x), so new_ must not look at the arguments.
Value list_type_new(Type* cls, const Value*, size_t, Tuple*) {
  return Value::object(alloc_object(cls));
}

Status list_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type_of(self) == &list_type && !args::no_kwargs("list", kwnames)) return Status::Error;
  if (!args::positional("list", nargs, 0, 1)) return Status::Error;
  auto* l = self.as<List>();
  l->size_ = 0;
  if (nargs == 0) return Status::Ok;
  return list_extend(l, args[0]);
}

}  // namespace

void list_type_init() {
  list_type.gc_trace_ = list_trace;
  list_type.gc_finalize_ = list_finalize;
  list_type.repr_ = list_repr;
  list_type.hash_ = list_hash;
  list_type.compare_ = list_compare;
  list_type.binary_ = list_binary;
  list_type.inplace_ = list_inplace;
  list_type.len_ = list_len;
  list_type.getitem_ = list_subscript;
  list_type.setitem_ = list_ass_subscript;
  list_type.contains_ = list_contains;
  list_type.iter_ = list_iter;
  list_type.new_ = list_type_new;
  list_type.init_ = list_init;
  type_ready(&list_type, "list", nullptr, sizeof(List), kTypeBaseType | kTypeListSubclass);
  list_add_methods();
}

}  // namespace tr
