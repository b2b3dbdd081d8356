// Shapes (hidden classes): instances of Python classes keep their attributes
// in a flat AttrBlock whose Shape maps names to slot indexes. Instances that
// gain the same attributes in the same order share one shape, so inline
// caches and JIT guards key on a shape pointer.
#pragma once
#include "objects/objects.h"

namespace tr {

// A transition tree: each shape is its parent plus one attribute `key_` at
// index size_-1. Lookups walk the chain, or a name->index dict once the
// shape is large.
struct Shape : Object {
  Shape* parent_;     // null for the empty root shape
  Str* key_;          // the attribute this shape added (interned)
  uint32_t size_;     // number of attributes
  Dict* transitions_; // key -> child shape, created on first use
  Dict* table_;       // name -> index, built lazily for size_ > 8
};

// Attribute storage of one instance: values_[i] holds the attribute whose
// index in shape_ is i. Capacity grows by replacing the block.
struct AttrBlock : Object {
  Shape* shape_;
  uint32_t capacity_;
  Value values_[];
};

extern Type shape_type, attr_block_type;

Shape* shape_root();
int64_t shape_lookup(Shape* s, Str* name);  // -1 when absent
Shape* shape_add(Shape* s, Str* name);      // the child shape with `name` appended

inline bool is_attr_block(const Object* o) { return o && o->cls_ == &attr_block_type; }

// The attribute storage of instances: the Object at instance_dict_slot()
// is null, an AttrBlock (shaped) or a Dict (after __dict__ was asked for).
// These return null without an exception when the attribute is absent.
Value instance_attr_get(Value obj, Str* name);
// v null = delete; returns 0 ok, 1 absent (delete of a missing name), -1 error.
int instance_attr_set(Value obj, Str* name, Value v);
// The instance __dict__, materialised from the shape if needed (null if the
// type gives its instances none).
Dict* instance_dict(Value obj);
// Replaces the instance dict (obj.__dict__ = d).
Status instance_set_dict(Value obj, Value d);


void shape_types_init();

}  // namespace tr
