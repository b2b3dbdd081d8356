// Sequence subscripts: turning a subscript value into an int64 index or a
// resolved slice. Shared by list, tuple and range (slice.cpp).
#pragma once
#include "objects/containers.h"

namespace tr {

inline bool is_slice(Value v) {
  return v.is_object() && v.as_object()->cls_ == &slice_type;
}
// An int, a bool, or an instance of a type with __index__.
bool is_index_like(Value v);
// A subscript to an int64: like to_ssize, but a huge int gives IndexError
// "cannot fit 'int' into an index-sized integer" (CPython's sequence rule).
bool seq_index(Value key, int64_t* out);
// A Py_ssize_t method argument (list.pop, list.insert): huge ints give
// OverflowError "Python int too large to convert to C ssize_t".
bool ssize_arg(Value v, int64_t* out);
// A repeat count (seq * n): huge ints give OverflowError "cannot fit 'int'
// into an index-sized integer".
bool repeat_count(Value v, int64_t* out);
// A start/stop argument of index()-style methods: an int (huge ones clamp);
// None is refused with "slice indices must be integers or have an __index__
// method" (CPython's _PyEval_SliceIndexNotNone).
bool slice_index_not_none(Value v, int64_t* out);
// Applies index()'s rules to start/stop: negative counts from the end, then
// clamps at 0.
void clamp_search_bounds(int64_t length, int64_t* start, int64_t* stop);
// A slice's fields as int64s (PySlice_Unpack): None means the end in the
// step's direction, huge values clamp, step 0 is ValueError.
bool slice_unpack(const Slice* s, int64_t* start, int64_t* stop, int64_t* step);
// Clamps unpacked bounds to `length` and returns the slice length
// (PySlice_AdjustIndices).
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);

// Readies slice_type; called from range_type_init (init_internal.h).
void slice_type_init();

}  // namespace tr
