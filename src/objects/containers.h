// The core container layouts: tuple, list, dict, set/frozenset, range,
// slice. Each type's methods live in its own .cpp; this header is what the
// VM and other types need to build and read them directly.
#pragma once
#include <initializer_list>

#include "objects/type.h"

namespace tr {

struct Str;

// ---------------------------------------------------------------------------
// tuple: fixed size, items inline.
struct Tuple : Object {
  int64_t hash_;  // -1 = not computed
  size_t size_;
  Value items_[];
};
Tuple* tuple_new(size_t n);  // items are null: fill them all
Tuple* tuple_pack(std::initializer_list<Value> items);
Tuple* tuple_empty();
inline bool is_tuple(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &tuple_type ||
                           type_has_flag(v.as_object()->cls_, kTypeTupleSubclass));
}

// ---------------------------------------------------------------------------
// list: a growable array (malloc'd, traced precisely).
struct List : Object {
  Value* items_;
  size_t size_;
  size_t capacity_;
};
List* list_new(size_t size = 0, size_t capacity = 0);  // size_ items, all None
Status list_append(List* l, Value v);
Status list_extend(List* l, Value iterable);
Value list_from_iterable(Value iterable);  // list(iterable)
Value list_to_tuple(List* l);
// Sorts in place; key may be null. Stable (timsort-equivalent behaviour).
Status list_sort(List* l, Value key, bool reverse);
inline bool is_list(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &list_type ||
                           type_has_flag(v.as_object()->cls_, kTypeListSubclass));
}

// ---------------------------------------------------------------------------
// dict: the compact, insertion-ordered dict. `indices_` maps hash slots to
// entry positions; `entries_` holds (hash, key, value) in insertion order,
// with deleted entries' key null until the next resize.
struct DictEntry {
  int64_t hash;
  Value key;
  Value value;
};
struct Dict : Object {
  void* indices_;         // int8/16/32/64 array of size 1 << log2_size_
  DictEntry* entries_;
  uint64_t version_;      // changes when keys are added, removed or moved (global counter)
  size_t used_;           // live entries
  size_t num_entries_;    // entries_ in use, including deleted
  size_t entries_capacity_;
  uint8_t log2_size_;
};
Dict* dict_new();
// null, no exception: missing. null with error_pending(): hashing failed.
Value dict_get(Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key);  // key is a str; fast for interned
Status dict_set(Dict* d, Value key, Value value);
Status dict_set_str(Dict* d, Str* key, Value value);
// 1 deleted, 0 missing (no exception), -1 error.
int dict_del(Dict* d, Value key);
// Iteration in insertion order: pos starts at 0.
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
Status dict_update(Dict* d, Value other);  // other: mapping or iterable of pairs
Dict* dict_copy(Dict* d);
// Index of a str key in entries_, or -1 (see dict.cpp).
int64_t dict_entry_index(Dict* d, Str* key);
inline size_t dict_size(const Dict* d) { return d->used_; }
inline bool is_dict(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &dict_type ||
                           type_has_flag(v.as_object()->cls_, kTypeDictSubclass));
}

// ---------------------------------------------------------------------------
// set / frozenset: open-addressing hash table of keys.
struct SetEntry {
  int64_t hash;
  Value key;  // null = empty slot, Value::exhausted() = deleted (dummy)
};
struct Set : Object {
  SetEntry* table_;
  size_t mask_;   // capacity - 1
  size_t used_;   // live keys
  size_t fill_;   // live + dummy
  int64_t hash_;  // frozenset only, -1 = not computed
};
Set* set_new(Type* t = &set_type);
Status set_add(Set* s, Value key);
int set_contains(Set* s, Value key);  // 1, 0, -1
int set_discard(Set* s, Value key);   // 1 removed, 0 missing, -1 error
Status set_update(Set* s, Value iterable);
bool set_next(Set* s, size_t* pos, Value* key);
inline bool is_anyset(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &set_type ||
                           v.as_object()->cls_ == &frozenset_type ||
                           is_subtype(v.as_object()->cls_, &set_type) ||
                           is_subtype(v.as_object()->cls_, &frozenset_type));
}

// The iterator over seq[0], seq[1], ... until IndexError, for objects that
// define __getitem__ but not __iter__ (iterators.cpp).
Value sequence_iter_new(Value seq);

// ---------------------------------------------------------------------------
// range and slice
struct Range : Object {
  Value start_, stop_, step_;  // ints (inline or big)
  Value length_;               // int
};
Value range_new(Value start, Value stop, Value step);

struct Slice : Object {
  Value start_, stop_, step_;  // None where omitted
};
Value slice_new(Value start, Value stop, Value step);
// Resolves a slice against a sequence length (Python's PySlice_AdjustIndices):
// fills start/stop/step and returns the slice length, -1 on error.
int64_t slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step);

}  // namespace tr
