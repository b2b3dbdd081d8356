// The iterator classes of the builtins module: enumerate, zip (with 3.10's
// strict=), map, filter and reversed. Each is a type whose call builds the
// iterator; builtins/ registers them by name (iterators.h).
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/str.h"
#include "objects/type_internal.h"

namespace tr {

Type enumerate_type, zip_type, map_type, filter_type, reversed_type;

namespace {

// ---------------------------------------------------------------------------
// enumerate(iterable, start=0)

struct Enumerate : Object {
  Value it_;
  Value count_;  // an int of any size
};

void enumerate_trace(Object* o, Tracer& t) {
  auto* e = static_cast<Enumerate*>(o);
  t.visit(e->it_);
  t.visit(e->count_);
}

Value enumerate_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  // enumerate's own wording, not the generic parse_args one.
  Value params[2] = {nargs > 0 ? args[0] : Value::null(), nargs > 1 ? args[1] : Value::null()};
  size_t nkw = args::num_kwargs(kwnames);
  if (nargs + nkw > 2) {
    return raise(&exc::TypeError, "enumerate() takes at most 2 arguments (%zu given)",
                 nargs + nkw);
  }
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = kwnames->items_[k].as<Str>();
    size_t slot = name->view() == "iterable" ? 0 : name->view() == "start" ? 1 : 2;
    if (slot == 2) {
      return raise(&exc::TypeError, "'%s' is an invalid keyword argument for enumerate()",
                   name->data_);
    }
    if (!params[slot].is_null()) {
      return raise(&exc::TypeError, "argument for enumerate() given by name ('%s') and "
                   "position (%zu)", name->data_, slot + 1);
    }
    params[slot] = args[nargs + k];
  }
  if (params[0].is_null()) {
    return raise(&exc::TypeError, "enumerate() missing required argument 'iterable'");
  }
  Value count = Value::small_int(0);
  if (!params[1].is_null()) {
    count = to_index(params[1]);
    if (count.is_null()) return count;
  }
  Value it = get_iter(params[0]);
  if (it.is_null()) return it;
  auto* e = static_cast<Enumerate*>(alloc_object(cls));
  e->it_ = it;
  e->count_ = count;
  return Value::object(e);
}

Value enumerate_next(Value self) {
  auto* e = self.as<Enumerate>();
  Value item = iter_next(e->it_);
  if (item.is_null() || item.is_exhausted()) return item;
  Value index = e->count_;
  Value next;
  if (index.is_int() && index.as_int() < Value::kIntMax) {
    next = Value::small_int(index.as_int() + 1);
  } else {
    next = int_binary(BinaryOp::Add, index, Value::small_int(1));
    if (next.is_null()) return next;
  }
  e->count_ = next;
  return Value::object(tuple_pack({index, item}));
}

// ---------------------------------------------------------------------------
// zip(*iterables, strict=False)

struct Zip : Object {
  Tuple* its_;
  bool strict_;
};

void zip_trace(Object* o, Tracer& t) { t.visit(static_cast<Zip*>(o)->its_); }

Value zip_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  for (size_t k = 0; k < args::num_kwargs(kwnames); ++k) {
    Str* name = kwnames->items_[k].as<Str>();
    if (name->view() != "strict") {
      return raise(&exc::TypeError, "'%s' is an invalid keyword argument for zip()",
                   name->data_);
    }
    int t = truthy(args[nargs + k]);
    if (t < 0) return Value::null();
    strict = t == 1;
  }
  Tuple* its = tuple_new(nargs);
  for (size_t i = 0; i < nargs; ++i) its->items_[i] = Value::none();
  for (size_t i = 0; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (it.is_null()) return it;
    its->items_[i] = it;
  }
  auto* z = static_cast<Zip*>(alloc_object(cls));
  z->its_ = its;
  z->strict_ = strict;
  return Value::object(z);
}

// strict=True found iterator i (0-based) exhausted; decide which error.
Value zip_strict_mismatch(Zip* z, size_t i) {
  if (i > 0) {
    if (i == 1) {
      return raise(&exc::ValueError, "zip() argument 2 is shorter than argument 1");
    }
    return raise(&exc::ValueError, "zip() argument %zu is shorter than arguments 1-%zu", i + 1,
                 i);
  }
  // The first ran out: every other one must be exhausted as well.
  for (size_t j = 1; j < z->its_->size_; ++j) {
    Value v = iter_next(z->its_->items_[j]);
    if (v.is_null()) return v;
    if (!v.is_exhausted()) {
      if (j == 1) return raise(&exc::ValueError, "zip() argument 2 is longer than argument 1");
      return raise(&exc::ValueError, "zip() argument %zu is longer than arguments 1-%zu", j + 1,
                   j);
    }
  }
  return Value::exhausted();
}

Value zip_next(Value self) {
  auto* z = self.as<Zip>();
  size_t n = z->its_->size_;
  if (n == 0) return Value::exhausted();
  Tuple* result = tuple_new(n);
  for (size_t i = 0; i < n; ++i) result->items_[i] = Value::none();
  for (size_t i = 0; i < n; ++i) {
    Value v = iter_next(z->its_->items_[i]);
    if (v.is_null()) return v;
    if (v.is_exhausted()) return z->strict_ ? zip_strict_mismatch(z, i) : v;
    result->items_[i] = v;
  }
  return Value::object(result);
}

// ---------------------------------------------------------------------------
// map(func, *iterables)

struct Map : Object {
  Value func_;
  Tuple* its_;
};

void map_trace(Object* o, Tracer& t) {
  auto* m = static_cast<Map*>(o);
  t.visit(m->func_);
  t.visit(m->its_);
}

Value map_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == &map_type && !args::no_kwargs("map", kwnames)) return Value::null();
  if (nargs < 2) return raise(&exc::TypeError, "map() must have at least two arguments.");
  Tuple* its = tuple_new(nargs - 1);
  for (size_t i = 0; i < its->size_; ++i) its->items_[i] = Value::none();
  for (size_t i = 1; i < nargs; ++i) {
    Value it = get_iter(args[i]);
    if (it.is_null()) return it;
    its->items_[i - 1] = it;
  }
  auto* m = static_cast<Map*>(alloc_object(cls));
  m->func_ = args[0];
  m->its_ = its;
  return Value::object(m);
}

Value map_next(Value self) {
  auto* m = self.as<Map>();
  size_t n = m->its_->size_;
  Value small[8];
  RootedValues big;
  Value* argv = small;
  if (n > 8) {
    big.resize(n);
    argv = big.data();
  }
  for (size_t i = 0; i < n; ++i) {
    Value v = iter_next(m->its_->items_[i]);
    if (v.is_null() || v.is_exhausted()) return v;
    argv[i] = v;
  }
  return call(m->func_, argv, n);
}

// ---------------------------------------------------------------------------
// filter(function or None, iterable)

struct Filter : Object {
  Value func_;  // None: keep the truthy items
  Value it_;
};

void filter_trace(Object* o, Tracer& t) {
  auto* f = static_cast<Filter*>(o);
  t.visit(f->func_);
  t.visit(f->it_);
}

Value filter_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == &filter_type && !args::no_kwargs("filter", kwnames)) return Value::null();
  if (!args::positional("filter", nargs, 2, 2)) return Value::null();
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  auto* f = static_cast<Filter*>(alloc_object(cls));
  f->func_ = args[0];
  f->it_ = it;
  return Value::object(f);
}

Value filter_next(Value self) {
  auto* f = self.as<Filter>();
  bool plain = f->func_.is_none() || f->func_ == Value::object(&bool_type);
  for (;;) {
    Value item = iter_next(f->it_);
    if (item.is_null() || item.is_exhausted()) return item;
    Value test = item;
    if (!plain) {
      test = call1(f->func_, item);
      if (test.is_null()) return test;
    }
    int t = truthy(test);
    if (t < 0) return Value::null();
    if (t) return item;
  }
}

// ---------------------------------------------------------------------------
// reversed(sequence)

struct Reversed : Object {
  Value seq_;  // null once exhausted
  int64_t index_;
};

void reversed_trace(Object* o, Tracer& t) { t.visit(static_cast<Reversed*>(o)->seq_); }

Value not_reversible(Value seq) {
  return raise(&exc::TypeError, "'%s' object is not reversible", type_name_of(seq));
}

Value reversed_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == &reversed_type && !args::no_kwargs("reversed", kwnames)) return Value::null();
  if (!args::positional("reversed", nargs, 1, 1)) return Value::null();
  Value seq = args[0];
  Type* t = type_of(seq);
  Value meth = type_lookup(t, names::dunder_reversed);
  if (!meth.is_null()) {
    if (meth.is_none()) return not_reversible(seq);
    return call_bound_special(meth, seq, nullptr, 0);
  }
  // The sequence protocol: __len__ and __getitem__, and not a mapping.
  if (!t->getitem_ || is_dict(seq)) return not_reversible(seq);
  int64_t n = length(seq);
  if (n < 0) return Value::null();
  auto* r = static_cast<Reversed*>(alloc_object(cls));
  r->seq_ = seq;
  r->index_ = n - 1;
  return Value::object(r);
}

Value reversed_next(Value self) {
  auto* r = self.as<Reversed>();
  if (r->seq_.is_null()) return Value::exhausted();
  if (r->index_ >= 0) {
    Value v = getitem(r->seq_, int_from_i64(r->index_));
    if (!v.is_null()) {
      r->index_--;
      return v;
    }
    if (!error_matches(&exc::IndexError) && !error_matches(&exc::StopIteration)) return v;
    error_clear();
  }
  r->index_ = -1;
  r->seq_ = Value::null();
  return Value::exhausted();
}

Value reversed_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  auto* r = args[0].as<Reversed>();
  if (r->seq_.is_null()) return Value::small_int(0);
  int64_t n = length(r->seq_);
  if (n < 0) return Value::null();
  return int_from_i64(r->index_ < n ? r->index_ + 1 : 0);
}

const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversed_length_hint, 0},
};

void ready(Type* t, const char* name, NewFn new_fn, NextFn next, TraceFn trace, size_t size) {
  t->gc_trace_ = trace;
  t->new_ = new_fn;
  t->iter_ = iter_self;
  t->next_ = next;
  type_ready(t, name, nullptr, static_cast<uint32_t>(size), kTypeBaseType);
}

}  // namespace

void builtin_iterator_types_init() {
  ready(&enumerate_type, "enumerate", enumerate_new, enumerate_next, enumerate_trace,
        sizeof(Enumerate));
  ready(&zip_type, "zip", zip_new, zip_next, zip_trace, sizeof(Zip));
  ready(&map_type, "map", map_new, map_next, map_trace, sizeof(Map));
  ready(&filter_type, "filter", filter_new, filter_next, filter_trace, sizeof(Filter));
  ready(&reversed_type, "reversed", reversed_new, reversed_next, reversed_trace,
        sizeof(Reversed));
  add_methods(&reversed_type, kReversedMethods);
}

}  // namespace tr
