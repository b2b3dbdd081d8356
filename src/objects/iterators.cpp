// The iterators behind the iteration protocol of the built-in sequences:
// list_iterator, list_reverseiterator, tuple_iterator, the generic sequence
// iterator (__getitem__ with 0, 1, 2, ...) and callable_iterator
// (iter(f, sentinel)). The builtin iterator classes are iterators_builtin.cpp.
#include "objects/iterators.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/init_internal.h"
#include "objects/list_args.h"

namespace tr {

Type list_iterator_type, list_reverseiterator_type, tuple_iterator_type, seq_iterator_type,
    callable_iterator_type;

// ---------------------------------------------------------------------------
// Shared by every iterator type (__next__ comes from the slot wrappers)

Value iter_self(Value self) { return self; }

namespace {

void seq_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIter*>(o)->seq_); }

SeqIter* seq_iter_alloc(Type* t, Value seq, int64_t index) {
  auto* it = alloc<SeqIter>(t);
  it->seq_ = seq;
  it->index_ = index;
  return it;
}

// ---------------------------------------------------------------------------
// list and tuple iterators

Value list_iter_next(Value self) {
  auto* it = self.as<SeqIter>();
  if (it->seq_.is_null()) return Value::exhausted();
  auto* l = it->seq_.as<List>();
  if (static_cast<size_t>(it->index_) < l->size_) return l->items_[it->index_++];
  it->seq_ = Value::null();
  return Value::exhausted();
}

Value list_reverse_iter_next(Value self) {
  auto* it = self.as<SeqIter>();
  if (it->seq_.is_null()) return Value::exhausted();
  auto* l = it->seq_.as<List>();
  // The list may have shrunk since the iterator was made.
  if (it->index_ >= 0 && static_cast<size_t>(it->index_) < l->size_) {
    return l->items_[it->index_--];
  }
  it->index_ = -1;
  it->seq_ = Value::null();
  return Value::exhausted();
}

Value tuple_iter_next(Value self) {
  auto* it = self.as<SeqIter>();
  if (it->seq_.is_null()) return Value::exhausted();
  auto* t = it->seq_.as<Tuple>();
  if (static_cast<size_t>(it->index_) < t->size_) return t->items_[it->index_++];
  it->seq_ = Value::null();
  return Value::exhausted();
}

Value forward_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  auto* it = args[0].as<SeqIter>();
  if (it->seq_.is_null()) return Value::small_int(0);
  size_t n = is_list(it->seq_) ? it->seq_.as<List>()->size_ : it->seq_.as<Tuple>()->size_;
  int64_t left = static_cast<int64_t>(n) - it->index_;
  return Value::small_int(left > 0 ? left : 0);
}

Value reverse_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  auto* it = args[0].as<SeqIter>();
  if (it->seq_.is_null() || static_cast<size_t>(it->index_ + 1) > it->seq_.as<List>()->size_) {
    return Value::small_int(0);
  }
  return Value::small_int(it->index_ + 1);
}

// ---------------------------------------------------------------------------
// The sequence iterator and callable_iterator

Value seq_iter_next(Value self) {
  auto* it = self.as<SeqIter>();
  if (it->seq_.is_null()) return Value::exhausted();
  Value v = getitem(it->seq_, Value::small_int(it->index_));
  if (v.is_null()) {
    if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) {
      error_clear();
      it->seq_ = Value::null();
      return Value::exhausted();
    }
    return v;
  }
  it->index_++;
  return v;
}

struct CallableIter : Object {
  Value callable_;  // null once exhausted
  Value sentinel_;
};

void callable_iter_trace(Object* o, Tracer& t) {
  auto* it = static_cast<CallableIter*>(o);
  t.visit(it->callable_);
  t.visit(it->sentinel_);
}

Value callable_iter_next(Value self) {
  auto* it = self.as<CallableIter>();
  if (it->callable_.is_null()) return Value::exhausted();
  Value v = call0(it->callable_);
  if (v.is_null()) {
    // A StopIteration from the callable ends the iteration quietly.
    if (error_matches(&exc::StopIteration)) {
      error_clear();
      it->callable_ = Value::null();
      return Value::exhausted();
    }
    return v;
  }
  int eq = equals(v, it->sentinel_);
  if (eq < 0) return Value::null();
  if (eq) {
    it->callable_ = Value::null();
    return Value::exhausted();
  }
  return v;
}

const MethodDef kForwardMethods[] = {
    {"__length_hint__", forward_length_hint, 0},
};
const MethodDef kReverseMethods[] = {
    {"__length_hint__", reverse_length_hint, 0},
};

void ready_iterator(Type* t, const char* name, NextFn next, size_t size, TraceFn trace) {
  t->gc_trace_ = trace;
  t->iter_ = iter_self;
  t->next_ = next;
  type_ready(t, name, nullptr, static_cast<uint32_t>(size), 0);
}

}  // namespace

Value list_iter_new(List* l) {
  return Value::object(seq_iter_alloc(&list_iterator_type, Value::object(l), 0));
}

Value list_reverse_iter_new(List* l) {
  return Value::object(seq_iter_alloc(&list_reverseiterator_type, Value::object(l),
                                      static_cast<int64_t>(l->size_) - 1));
}

Value tuple_iter_new(Tuple* t) {
  return Value::object(seq_iter_alloc(&tuple_iterator_type, Value::object(t), 0));
}

Value sequence_iter_new(Value seq) {
  return Value::object(seq_iter_alloc(&seq_iterator_type, seq, 0));
}

Value callable_iter_new(Value callable, Value sentinel) {
  auto* it = alloc<CallableIter>(&callable_iterator_type);
  it->callable_ = callable;
  it->sentinel_ = sentinel;
  return Value::object(it);
}

void iterators_init() {
  ready_iterator(&list_iterator_type, "list_iterator", list_iter_next, sizeof(SeqIter),
                 seq_iter_trace);
  add_methods(&list_iterator_type, kForwardMethods);
  ready_iterator(&list_reverseiterator_type, "list_reverseiterator", list_reverse_iter_next,
                 sizeof(SeqIter), seq_iter_trace);
  add_methods(&list_reverseiterator_type, kReverseMethods);
  ready_iterator(&tuple_iterator_type, "tuple_iterator", tuple_iter_next, sizeof(SeqIter),
                 seq_iter_trace);
  add_methods(&tuple_iterator_type, kForwardMethods);
  ready_iterator(&seq_iterator_type, "iterator", seq_iter_next, sizeof(SeqIter),
                 seq_iter_trace);
  ready_iterator(&callable_iterator_type, "callable_iterator", callable_iter_next,
                 sizeof(CallableIter), callable_iter_trace);
  builtin_iterator_types_init();
}

}  // namespace tr
