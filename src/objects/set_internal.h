// Internals shared by the set files (set.cpp: the table; set_ops.cpp: the
// algebra; set_type.cpp: slots and methods) and by dict_views.cpp, whose
// keys/items views answer set operations with sets.
#pragma once
#include "objects/containers.h"

namespace tr {

extern Type set_iterator_type;

inline bool is_frozenset(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &frozenset_type ||
                           is_subtype(v.as_object()->cls_, &frozenset_type));
}

// ---- the table (set.cpp) --------------------------------------------------
Status set_add_hashed(Set* s, Value key, int64_t hash);
int set_contains_hashed(Set* s, Value key, int64_t hash);
int set_discard_hashed(Set* s, Value key, int64_t hash);
bool set_next_hashed(Set* s, size_t* pos, Value* key, int64_t* hash);
void set_clear(Set* s);
// Rebuilds the table for about `minused` keys (CPython's set_table_resize).
Status set_table_resize(Set* s, size_t minused);
// Exchanges the contents of two sets (intersection_update and friends).
void set_swap_bodies(Set* a, Set* b);
// Removes an arbitrary key (the pop() order of CPython); false if empty.
bool set_pop_key(Set* s, Value* key);
// Hash of a key for set lookup; a set key is retried as a frozenset (so
// `{1} in {frozenset({1})}` works). Fills *key with the key to use.
int64_t set_key_hash(Value* key);

// ---- the algebra (set_ops.cpp) ------------------------------------------
// The type for results of a set/frozenset (or subclass) operand: set or
// frozenset itself, never the subclass.
Type* set_result_type(Value s);
// set(iterable) / frozenset(iterable) of exactly type t; null on error.
Value set_from_iterable(Type* t, Value iterable);
Value set_copy_as(Set* s, Type* t);
Value set_intersection(Set* s, Value other);
Value set_difference(Set* s, Value other);
Value set_symmetric_difference(Set* s, Value other);
Status set_difference_update(Set* s, Value other);
Status set_symmetric_difference_update(Set* s, Value other);
Status set_intersection_update(Set* s, Value other);
// s <= other for an arbitrary iterable other (1, 0, -1).
int set_issubset(Set* s, Value other);
int set_issuperset(Set* s, Value other);
int set_isdisjoint(Set* s, Value other);

// ---- the types (set_type.cpp) -------------------------------------------
Value set_iter_new(Set* s);

}  // namespace tr
