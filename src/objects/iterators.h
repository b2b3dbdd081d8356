// The built-in iterator types: enumerate, zip, map, filter, reversed (the
// builtins module registers these by name), plus the iterators that list,
// tuple, range and the sequence/callable protocols hand out. Layouts are
// public so the VM's FOR_ITER can step the common ones without a call.
#pragma once
#include "objects/containers.h"

namespace tr {

// Callable built-in iterator classes (iterators.cpp).
extern Type enumerate_type, zip_type, map_type, filter_type, reversed_type;
// Iterators returned by __iter__ / __reversed__ of the built-in sequences.
extern Type list_iterator_type, list_reverseiterator_type, tuple_iterator_type,
    seq_iterator_type, callable_iterator_type, range_iterator_type,
    longrange_iterator_type;

// list_iterator, list_reverseiterator, tuple_iterator and the generic
// sequence iterator ("iterator": __getitem__ with 0, 1, 2 ... until
// IndexError). seq_ becomes null once the iterator is exhausted, so a list
// that grows afterwards does not revive it.
struct SeqIter : Object {
  Value seq_;
  int64_t index_;
};

// range_iterator: ranges whose every element fits in an int64.
struct RangeIter : Object {
  int64_t next_;
  int64_t step_;
  int64_t remaining_;
};

Value list_iter_new(List* l);
Value list_reverse_iter_new(List* l);
Value tuple_iter_new(Tuple* t);
// (sequence_iter_new, for objects with only __getitem__, is in containers.h.)
// iter(callable, sentinel).
Value callable_iter_new(Value callable, Value sentinel);

// The __iter__ slot of every iterator type: returns self.
Value iter_self(Value self);

// Readies enumerate, zip, map, filter and reversed (iterators_builtin.cpp);
// called by iterators_init (init_internal.h).
void builtin_iterator_types_init();

}  // namespace tr
