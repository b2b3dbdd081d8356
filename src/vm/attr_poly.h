// vm-internal: one attribute-cache entry as the specialisers compute it
// (specialize.cpp installs the first, attr_poly.cpp appends further ones).
#pragma once
#include "vm/inline_cache.h"

namespace tr::vm {

// Kinds of entries (stored as a small int in polymorphic entries).
enum AttrKind : int64_t {
  kAttrSlot = 0,        // load/store AttrBlock::values_[index]
  kAttrClassValue = 1,  // load: payload is the plain class attribute
  kAttrMethod = 2,      // LOAD_METHOD: payload is the function
  kAttrAdd = 3,         // store adding an attribute: guard = old shape (null:
                        // no block yet), payload = the new shape
};

struct AttrEntry {
  Value type;     // the receiver's class
  Value guard;    // storage guard: shape, or null for no attribute block
  AttrKind kind;
  Value payload;
  uint32_t index;
};

// False when the receiver/attribute is not cacheable.
bool describe_load_attr(Value obj, Str* name, AttrEntry* e);
bool describe_load_method(Value obj, Str* name, AttrEntry* e);
// After the store ran; `before` is storage_before_store(obj) from before it.
bool describe_store_attr(Value obj, Str* name, Value before, AttrEntry* e);

}  // namespace tr::vm
