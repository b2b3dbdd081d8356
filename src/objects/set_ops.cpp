// The set algebra: union, intersection, difference and symmetric
// difference (new sets and in-place), and the subset tests. Which operand
// is iterated and which is probed follows CPython, since that decides the
// order in which the result's keys are inserted (and so printed).
#include "objects/abstract.h"
#include "objects/dict_internal.h"
#include "objects/errors.h"
#include "objects/set_internal.h"

namespace tr {

namespace {

inline bool is_exact_dict(Value v) {
  return v.is_object() && v.as_object()->cls_ == &dict_type;
}

}  // namespace

Type* set_result_type(Value s) { return is_frozenset(s) ? &frozenset_type : &set_type; }

Value set_from_iterable(Type* t, Value iterable) {
  Set* s = set_new(t);
  if (failed(set_update(s, iterable))) return Value::null();
  return Value::object(s);
}

Value set_copy_as(Set* s, Type* t) { return set_from_iterable(t, Value::object(s)); }

Value set_intersection(Set* so, Value other) {
  Value self = Value::object(so);
  if (other == self) return set_copy_as(so, set_result_type(self));
  Set* result = set_new(set_result_type(self));
  if (is_anyset(other)) {
    // Probe the larger set for each key of the smaller one.
    Set* big = so;
    Set* small = other.as<Set>();
    if (small->used_ > big->used_) std::swap(big, small);
    size_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next_hashed(small, &pos, &key, &hash)) {
      int r = set_contains_hashed(big, key, hash);
      if (r < 0) return Value::null();
      if (r && failed(set_add_hashed(result, key, hash))) return Value::null();
    }
    return Value::object(result);
  }
  Value it = get_iter(other);
  if (it.is_null()) return it;
  for (;;) {
    Value key = iter_next(it);
    if (key.is_null()) return key;
    if (key.is_exhausted()) return Value::object(result);
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return Value::null();
    int r = set_contains_hashed(so, key, hash);
    if (r < 0) return Value::null();
    if (r && failed(set_add_hashed(result, key, hash))) return Value::null();
  }
}

Status set_intersection_update(Set* s, Value other) {
  Value tmp = set_intersection(s, other);
  if (tmp.is_null()) return Status::Error;
  set_swap_bodies(s, tmp.as<Set>());
  return Status::Ok;
}

Status set_difference_update(Set* s, Value other) {
  if (other.is_object() && other.as_object() == s) {
    set_clear(s);
    return Status::Ok;
  }
  if (is_anyset(other)) {
    size_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next_hashed(other.as<Set>(), &pos, &key, &hash)) {
      if (set_discard_hashed(s, key, hash) < 0) return Status::Error;
    }
  } else {
    Value it = get_iter(other);
    if (it.is_null()) return Status::Error;
    for (;;) {
      Value key = iter_next(it);
      if (key.is_null()) return Status::Error;
      if (key.is_exhausted()) break;
      int64_t hash = dict_key_hash(key);
      if (hash == -1 || set_discard_hashed(s, key, hash) < 0) return Status::Error;
    }
  }
  // More than a quarter dummies: rebuild the table without them.
  if (s->fill_ - s->used_ <= s->mask_ / 4) return Status::Ok;
  return set_table_resize(s, s->used_ > 50000 ? s->used_ * 2 : s->used_ * 4);
}

Value set_difference(Set* so, Value other) {
  Value self = Value::object(so);
  size_t other_size;
  if (is_anyset(other)) {
    other_size = other.as<Set>()->used_;
  } else if (is_exact_dict(other)) {
    other_size = other.as<Dict>()->used_;
  } else {
    other_size = 0;
  }
  // Much larger than the other operand (or a general iterable): copy, then
  // remove the other's keys.
  if ((!is_anyset(other) && !is_exact_dict(other)) || (so->used_ >> 2) > other_size) {
    Value r = set_copy_as(so, set_result_type(self));
    if (r.is_null() || failed(set_difference_update(r.as<Set>(), other))) return Value::null();
    return r;
  }
  Set* result = set_new(set_result_type(self));
  size_t pos = 0;
  Value key;
  int64_t hash;
  while (set_next_hashed(so, &pos, &key, &hash)) {
    int r;
    if (is_exact_dict(other)) {
      Value v = dict_get_hashed(other.as<Dict>(), key, hash);
      r = !v.is_null() ? 1 : error_pending() ? -1 : 0;
    } else {
      r = set_contains_hashed(other.as<Set>(), key, hash);
    }
    if (r < 0) return Value::null();
    if (!r && failed(set_add_hashed(result, key, hash))) return Value::null();
  }
  return Value::object(result);
}

Status set_symmetric_difference_update(Set* s, Value other) {
  if (other.is_object() && other.as_object() == s) {
    set_clear(s);
    return Status::Ok;
  }
  auto toggle = [s](Value key, int64_t hash) {
    int r = set_discard_hashed(s, key, hash);
    if (r < 0) return Status::Error;
    if (r == 0) return set_add_hashed(s, key, hash);
    return Status::Ok;
  };
  size_t pos = 0;
  Value key;
  int64_t hash;
  if (is_exact_dict(other)) {
    while (dict_next_hashed(other.as<Dict>(), &pos, &key, nullptr, &hash)) {
      if (failed(toggle(key, hash))) return Status::Error;
    }
    return Status::Ok;
  }
  Value src = other;
  if (!is_anyset(other)) {
    src = set_from_iterable(set_result_type(Value::object(s)), other);
    if (src.is_null()) return Status::Error;
  }
  while (set_next_hashed(src.as<Set>(), &pos, &key, &hash)) {
    if (failed(toggle(key, hash))) return Status::Error;
  }
  return Status::Ok;
}

Value set_symmetric_difference(Set* so, Value other) {
  Value r = set_from_iterable(set_result_type(Value::object(so)), other);
  if (r.is_null()) return r;
  if (failed(set_symmetric_difference_update(r.as<Set>(), Value::object(so)))) {
    return Value::null();
  }
  return r;
}

int set_issubset(Set* s, Value other) {
  if (!is_anyset(other)) {
    Value tmp = set_from_iterable(&set_type, other);
    if (tmp.is_null()) return -1;
    other = tmp;
  }
  Set* o = other.as<Set>();
  if (s->used_ > o->used_) return 0;
  size_t pos = 0;
  Value key;
  int64_t hash;
  while (set_next_hashed(s, &pos, &key, &hash)) {
    int r = set_contains_hashed(o, key, hash);
    if (r <= 0) return r;
  }
  return 1;
}

int set_issuperset(Set* s, Value other) {
  if (is_anyset(other)) return set_issubset(other.as<Set>(), Value::object(s));
  Value tmp = set_from_iterable(&set_type, other);
  if (tmp.is_null()) return -1;
  return set_issubset(tmp.as<Set>(), Value::object(s));
}

int set_isdisjoint(Set* s, Value other) {
  if (other.is_object() && other.as_object() == s) return s->used_ == 0;
  if (is_anyset(other)) {
    Set* big = s;
    Set* small = other.as<Set>();
    if (small->used_ > big->used_) std::swap(big, small);
    size_t pos = 0;
    Value key;
    int64_t hash;
    while (set_next_hashed(small, &pos, &key, &hash)) {
      int r = set_contains_hashed(big, key, hash);
      if (r != 0) return r < 0 ? -1 : 0;
    }
    return 1;
  }
  Value it = get_iter(other);
  if (it.is_null()) return -1;
  for (;;) {
    Value key = iter_next(it);
    if (key.is_null()) return -1;
    if (key.is_exhausted()) return 1;
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return -1;
    int r = set_contains_hashed(s, key, hash);
    if (r != 0) return r < 0 ? -1 : 0;
  }
}

}  // namespace tr
