// Internals shared by the list files (list.cpp, list_slice.cpp,
// list_sort.cpp): buffer management and the subscript slots.
#pragma once
#include "objects/containers.h"

namespace tr {

// Beyond this many items a request is refused with MemoryError rather than
// handed to the system allocator (which would abort the process).
constexpr size_t kMaxListItems = size_t{1} << 32;

// Exact lists that list_new creates with a small known capacity keep their
// items in the same GC cell, right after the header: one allocation instead
// of two, nothing to free. items_ == inline_items(l) marks that state; a
// list that outgrows it moves to a malloc'd buffer. (Subclass instances
// never do this: their extra fields follow the header.)
constexpr size_t kMaxInlineItems = 64;
inline Value* inline_items(List* l) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(l) + sizeof(List));
}
inline bool items_inline(List* l) { return l->items_ == inline_items(l); }

// Makes room for at least `n` items (over-allocating for appends). Raises
// MemoryError when n is absurd.
Status list_reserve(List* l, size_t n);
// Sets the size to n (growing the buffer; new items are None).
Status list_resize(List* l, size_t n);
// The getitem_/setitem_ slots: ints and slices (list_slice.cpp).
Value list_subscript(Value self, Value key);
Status list_ass_subscript(Value self, Value key, Value v);
// l[lo:hi] = items (n of them); items may alias l's own buffer only if the
// caller copied them first.
Status list_ass_range(List* l, int64_t lo, int64_t hi, const Value* items, size_t n);
// The += and *= slot (list.cpp), also behind __iadd__ / __imul__.
Value list_inplace(BinaryOp op, Value a, Value b);
// Adds the methods to list_type's dict (list_methods.cpp).
void list_add_methods();
// The list.sort method (list_sort.cpp).
Value list_sort_method(const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace tr
