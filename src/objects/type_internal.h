// Internals shared by the type machinery files of objects/ (type.cpp,
// type_object.cpp, class_builder.cpp, heap_slots.cpp, slot_wrappers.cpp).
#pragma once
#include "objects/objects.h"

namespace tr {

// The first built-in type along t's base chain (the layout owner).
Type* solid_base(Type* t);
// Adds __repr__, __eq__, __add__, ... natives for the slots t defines itself
// (so `object.__repr__(x)` and `super().__init__()` find them).
void add_slot_wrappers(Type* t);
void type_type_set_slots(Type* t);
void add_object_methods();
// Recomputes a heap type's slots from the dunders along its MRO.
void update_heap_slots(Type* t);
// Is `v` the slot wrapper generated for slot `which` (see SlotKind)?
bool is_slot_wrapper(Value v);
Type* slot_wrapper_owner(Value v);

// Creates a class: type(name, bases, namespace) and the `class` statement.
Value type_new_class(Type* meta, Str* name, Tuple* bases, Dict* ns, const Value* kwargs,
                     Tuple* kwnames);
// Binds `m` found on a type to `self` and calls it with args (no kwargs).
Value call_bound_special(Value m, Value self, const Value* args, size_t nargs);

// a | b for classes, None, unions and generic aliases: a types.UnionType
// (or the one member left after removing duplicates), NotImplemented when an
// operand is none of those.
Value union_of(Value a, Value b);

// type.__subclasses__ bookkeeping (type_subclasses.cpp): classes register
// under their bases when made; the finaliser of type objects forgets them.
void type_register_subclass(Type* t);
void type_finalize(Object* o);
Value type_subclasses_method(const Value* args, size_t nargs, Tuple* kw);

// Dunder names of the binary operators, forward and reflected, by BinaryOp.
Str* binary_dunder(BinaryOp op);
Str* binary_rdunder(BinaryOp op);
Str* binary_idunder(BinaryOp op);

}  // namespace tr
