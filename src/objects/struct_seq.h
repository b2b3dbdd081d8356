// struct_seq.h — named tuples made by the runtime (CPython's "struct
// sequences"): sys.version_info, sys.float_info, sys.flags, ... A tuple
// subclass whose fields are also attributes, with a repr naming them.
#pragma once
#include <initializer_list>

#include "objects/containers.h"
#include "objects/type.h"

namespace tr {

// Readies `t` (static storage) as the struct-sequence type `module.name` with
// these fields. Its repr is `module.name(field=value, ...)`; it is not an
// acceptable base type, and calling it takes one sequence of len(fields).
void struct_seq_type_init(Type* t, const char* module, const char* name,
                          std::initializer_list<const char*> fields);

// An instance of t holding `values` (one per field).
Value struct_seq_new(Type* t, std::initializer_list<Value> values);

}  // namespace tr
