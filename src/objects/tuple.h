// Layout help for tuple subclasses. A tuple's items are inline, so the
// extra fields of a subclass instance (its __dict__ pointer, __slots__) sit
// AFTER the items: at `field offset + tuple_items_bytes(o)`, where the field
// offset is what class creation computed from instance_size_ (e.g.
// dict_offset_). tuple.cpp allocates instances that way.
#pragma once
#include "objects/containers.h"

namespace tr {

inline size_t tuple_items_bytes(const Object* o) {
  return static_cast<const Tuple*>(o)->size_ * sizeof(Value);
}

}  // namespace tr
