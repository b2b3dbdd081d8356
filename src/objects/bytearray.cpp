// bytearray: the mutable byte string. Its bytes live in a malloc'd buffer
// (freed by the finalizer); this file holds what bytes lacks: item and
// slice assignment, += and *=, and the list-like mutation methods.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "base/check.h"
#include "objects/bytes_internal.h"

namespace tr {

Type bytearray_type;

namespace {

void reserve(ByteArray* b, size_t n) {
  if (n <= b->capacity_) return;
  size_t cap = std::max(n, b->capacity_ + b->capacity_ / 2 + 8);
  auto* p = static_cast<char*>(std::realloc(b->data_, cap + 1));
  TR_CHECK(p != nullptr);
  gc::account_external(cap - b->capacity_);
  b->data_ = p;
  b->capacity_ = cap;
}

// Replaces bytes [start, stop) with `with` (which must not alias b's buffer).
void splice(ByteArray* b, size_t start, size_t stop, std::string_view with) {
  size_t tail = b->size_ - stop;
  size_t n = b->size_ - (stop - start) + with.size();
  reserve(b, n);
  std::memmove(b->data_ + start + with.size(), b->data_ + stop, tail);
  if (!with.empty()) std::memcpy(b->data_ + start, with.data(), with.size());
  b->size_ = n;
  b->data_[n] = '\0';
}

void finalize(Object* o) {
  auto* b = static_cast<ByteArray*>(o);
  std::free(b->data_);
  b->data_ = nullptr;
}

ByteArray* self_of(Value v) { return v.as<ByteArray>(); }

}  // namespace

ByteArray* bytearray_new(std::string_view data) {
  auto* b = static_cast<ByteArray*>(alloc_object_sized(&bytearray_type, sizeof(ByteArray)));
  bytearray_fill(b, data);
  return b;
}

void bytearray_fill(ByteArray* b, std::string_view data) {
  reserve(b, data.size());
  if (!data.empty()) std::memcpy(b->data_, data.data(), data.size());
  b->size_ = data.size();
  if (b->data_) b->data_[b->size_] = '\0';
}

namespace {

// ---------------------------------------------------------------------------
// Slots

int64_t bytearray_hash_slot(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

// The bytes to store by slice assignment: buffers or iterables of ints.
bool assigned_bytes(Value v, std::string* out) {
  if (is_bytes_like(v)) {
    out->assign(bytes_view(v));
    return true;
  }
  if (is_str(v) || is_int(v) || type_of(v)->index_ || (!type_of(v)->iter_ && !type_of(v)->getitem_)) {
    raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_source("bytearray", v, Value::null(), Value::null(), true, out);
}

Status set_slice(ByteArray* b, Slice* slice, Value v) {
  std::string with;
  if (!v.is_null() && !assigned_bytes(v, &with)) return Status::Error;
  int64_t start, stop, step;
  int64_t n = slice_indices(slice, static_cast<int64_t>(b->size_), &start, &stop, &step);
  if (n < 0) return Status::Error;
  if (step == 1) {
    size_t s = static_cast<size_t>(start);
    splice(b, s, s + static_cast<size_t>(n), with);
    return Status::Ok;
  }
  if (v.is_null()) {
    // Delete every step-th byte: keep the others in order.
    std::vector<bool> gone(b->size_, false);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) gone[static_cast<size_t>(i)] = true;
    size_t w = 0;
    for (size_t r = 0; r < b->size_; ++r) if (!gone[r]) b->data_[w++] = b->data_[r];
    b->size_ = w;
    if (b->data_) b->data_[w] = '\0';
    return Status::Ok;
  }
  if (static_cast<int64_t>(with.size()) != n)
    return raise_status(&exc::ValueError,
                        "attempt to assign bytes of size %zu to extended slice of size %lld",
                        with.size(), static_cast<long long>(n));
  for (int64_t k = 0, i = start; k < n; ++k, i += step) b->data_[i] = with[static_cast<size_t>(k)];
  return Status::Ok;
}

Status bytearray_setitem_slot(Value self, Value key, Value v) {
  ByteArray* b = self_of(self);
  if (key.is_object() && key.as_object()->cls_ == &slice_type)
    return set_slice(b, key.as<Slice>(), v);
  if (!is_int(key) && !type_of(key)->index_)
    return raise_status(&exc::TypeError, "bytearray indices must be integers or slices, not %s",
                        type_name_of(key));
  int64_t i;
  if (!index_ssize(key, &i, &exc::IndexError)) return Status::Error;
  uint8_t byte = 0;
  if (!v.is_null() && !byte_value(v, &byte)) return Status::Error;
  auto len = static_cast<int64_t>(b->size_);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise_status(&exc::IndexError, "bytearray index out of range");
  if (v.is_null()) splice(b, static_cast<size_t>(i), static_cast<size_t>(i) + 1, {});
  else b->data_[i] = static_cast<char>(byte);
  return Status::Ok;
}

Value bytearray_inplace_slot(BinaryOp op, Value a, Value b) {
  if (!is_bytearray(a)) return Value::not_implemented();
  ByteArray* self = self_of(a);
  if (op == BinaryOp::Add) {
    if (!is_bytes_like(b))
      return raise(&exc::TypeError, "can't concat %s to %s", type_name_of(b), type_name_of(a));
    std::string with(bytes_view(b));
    splice(self, self->size_, self->size_, with);
    return a;
  }
  if (op == BinaryOp::Mul) {
    if (!is_int(b) && !type_of(b)->index_) return Value::not_implemented();
    int64_t n;
    if (!index_ssize(b, &n, &exc::OverflowError)) return Value::null();
    if (n <= 0 || self->size_ == 0) {
      self->size_ = 0;
      if (self->data_) self->data_[0] = '\0';
      return a;
    }
    if (static_cast<uint64_t>(n) > kMaxStrBytes / self->size_) return raise_memory_error();
    std::string one(self->view());
    std::string all;
    all.reserve(one.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) all += one;
    splice(self, 0, self->size_, all);
    return a;
  }
  return Value::not_implemented();
}

// bytearray(source=b'', encoding=None, errors=None)
Value bytearray_new_slot(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"source", "encoding", "errors"};
  Value a[3];
  if (!args_keywords("bytearray", args, nargs, kwnames, kParams, 3, 0, a)) return Value::null();
  std::string out;
  if (!bytes_from_source("bytearray", a[0], a[1], a[2], !a[0].is_null(), &out))
    return Value::null();
  // Subclass instances may be larger (an instance dict): allocate by class.
  auto* b = static_cast<ByteArray*>(cls == &bytearray_type
                                        ? alloc_object_sized(cls, sizeof(ByteArray))
                                        : alloc_object(cls));
  bytearray_fill(b, out);
  return Value::object(b);
}

// ---------------------------------------------------------------------------
// Methods

Value ba_append(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("bytearray.append", nargs - 1, kwnames)) return Value::null();
  uint8_t byte;
  if (!byte_value(args[1], &byte)) return Value::null();
  ByteArray* b = self_of(args[0]);
  char c = static_cast<char>(byte);
  splice(b, b->size_, b->size_, {&c, 1});
  return Value::none();
}

Value ba_extend(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("bytearray.extend", nargs - 1, kwnames)) return Value::null();
  Value v = args[1];
  std::string with;
  if (is_bytes_like(v)) {
    with.assign(bytes_view(v));
  } else {
    Type* t = type_of(v);
    // A str iterates into one-character strings, which are not ints.
    if (is_str(v) && as_str(v)->size_ > 0)
      return raise(&exc::TypeError, "'str' object cannot be interpreted as an integer");
    if (!t->iter_ && !t->getitem_)
      return raise(&exc::TypeError, "can't extend bytearray with %s", type_name_of(v));
    if (!bytes_from_source("bytearray", v, Value::null(), Value::null(), true, &with))
      return Value::null();
  }
  ByteArray* b = self_of(args[0]);
  splice(b, b->size_, b->size_, with);
  return Value::none();
}

Value ba_pop(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_range("bytearray.pop", "pop", nargs - 1, kwnames, 0, 1)) return Value::null();
  int64_t i = -1;
  if (nargs > 1) {
    if (!is_int(args[1]) && !type_of(args[1])->index_)
      return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name_of(args[1]));
    if (!arg_ssize(args[1], &i)) return Value::null();
  }
  ByteArray* b = self_of(args[0]);
  if (b->size_ == 0) return raise(&exc::IndexError, "pop from empty bytearray");
  auto len = static_cast<int64_t>(b->size_);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(&exc::IndexError, "pop index out of range");
  auto byte = static_cast<unsigned char>(b->data_[i]);
  splice(b, static_cast<size_t>(i), static_cast<size_t>(i) + 1, {});
  return Value::small_int(byte);
}

Value ba_insert(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_range("bytearray.insert", "insert", nargs - 1, kwnames, 2, 2)) return Value::null();
  int64_t i;
  if (!is_int(args[1]) && !type_of(args[1])->index_)
    return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name_of(args[1]));
  if (!arg_ssize(args[1], &i)) return Value::null();
  uint8_t byte;
  if (!byte_value(args[2], &byte)) return Value::null();
  ByteArray* b = self_of(args[0]);
  auto len = static_cast<int64_t>(b->size_);
  if (i < 0) i = std::max<int64_t>(0, i + len);
  if (i > len) i = len;
  char c = static_cast<char>(byte);
  splice(b, static_cast<size_t>(i), static_cast<size_t>(i), {&c, 1});
  return Value::none();
}

Value ba_remove(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("bytearray.remove", nargs - 1, kwnames)) return Value::null();
  uint8_t byte;
  if (!byte_value(args[1], &byte)) return Value::null();
  ByteArray* b = self_of(args[0]);
  size_t at = b->view().find(static_cast<char>(byte));
  if (at == std::string_view::npos) return raise(&exc::ValueError, "value not found in bytearray");
  splice(b, at, at + 1, {});
  return Value::none();
}

Value ba_clear(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("bytearray.clear", nargs - 1, kwnames)) return Value::null();
  ByteArray* b = self_of(args[0]);
  splice(b, 0, b->size_, {});
  return Value::none();
}

Value ba_copy(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("bytearray.copy", nargs - 1, kwnames)) return Value::null();
  return Value::object(bytearray_new(self_of(args[0])->view()));
}

Value ba_reverse(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("bytearray.reverse", nargs - 1, kwnames)) return Value::null();
  ByteArray* b = self_of(args[0]);
  std::reverse(b->data_, b->data_ + b->size_);
  return Value::none();
}

Value ba_alloc(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("bytearray.__alloc__", nargs - 1, kwnames)) return Value::null();
  ByteArray* b = self_of(args[0]);
  return Value::small_int(b->data_ ? static_cast<int64_t>(b->capacity_ + 1) : 0);
}

const MethodDef kMethods[] = {
    {"append", ba_append, 0},   {"extend", ba_extend, 0}, {"pop", ba_pop, 0},
    {"insert", ba_insert, 0},   {"remove", ba_remove, 0}, {"clear", ba_clear, 0},
    {"copy", ba_copy, 0},       {"reverse", ba_reverse, 0},
    {"__alloc__", ba_alloc, 0},
};

}  // namespace

void bytearray_set_slots(Type* t) {
  t->gc_finalize_ = finalize;
  t->hash_ = bytearray_hash_slot;
  t->setitem_ = bytearray_setitem_slot;
  t->inplace_ = bytearray_inplace_slot;
  t->new_ = bytearray_new_slot;
}

void bytearray_add_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
