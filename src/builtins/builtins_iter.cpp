// Iteration builtins: iter, next, len, all, any, max, min and sorted — the
// functions that consume iterables through get_iter/iter_next.
#include "builtins/builtins_internal.h"
#include "objects/iterators.h"
#include "vm/vm.h"

namespace tr {
namespace {

Value builtin_iter(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("iter", kw) || !check_nargs("iter", nargs, 1, 2)) return Value::null();
  if (nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) return raise(&exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

Value builtin_next(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("next", kw) || !check_nargs("next", nargs, 1, 2)) return Value::null();
  Value it = args[0];
  if (!type_of(it)->next_)
    return raise(&exc::TypeError, "'%s' object is not an iterator", type_name_of(it));
  Value v = iter_next(it);
  if (v.is_exhausted()) {
    // A generator's return value becomes StopIteration's value.
    Value returned = vm::generator_take_return(it);
    if (nargs == 2) return args[1];
    return raise_stop_iteration(returned);
  }
  if (v.is_null() && nargs == 2 && error_matches(&exc::StopIteration)) {
    error_clear();
    return args[1];
  }
  return v;
}

Value builtin_len(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("len", kw) || !check_nargs("len", nargs, 1, 1)) return Value::null();
  int64_t n = length(args[0]);
  if (n < 0) return Value::null();
  return int_from_i64(n);
}

// all() and any(): stop at the first item whose truth is `stop_on`.
Value all_any(const char* name, const Value* args, size_t nargs, Tuple* kw, bool stop_on) {
  if (!check_no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 1)) return Value::null();
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return item;
    if (item.is_exhausted()) return Value::boolean(!stop_on);
    int t = truthy(item);
    if (t < 0) return Value::null();
    if ((t != 0) == stop_on) return Value::boolean(stop_on);
  }
}
Value builtin_all(const Value* a, size_t n, Tuple* kw) {
  return all_any("all", a, n, kw, false);
}
Value builtin_any(const Value* a, size_t n, Tuple* kw) {
  return all_any("any", a, n, kw, true);
}

// aiter() and anext(): the async iteration protocol's entry points; anext's
// default comes back through an awaitable wrapper (vm/async_gen.cpp).
Value builtin_aiter(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("aiter", kw) || !check_nargs("aiter", nargs, 1, 1)) return Value::null();
  bool found;
  Value it = call_type_special(args[0], str_intern("__aiter__"), nullptr, 0, &found);
  if (!found)
    return raise(&exc::TypeError, "'%s' object is not an async iterable", type_name_of(args[0]));
  if (it.is_null()) return it;
  if (type_lookup(type_of(it), str_intern("__anext__")).is_null())
    return raise(&exc::TypeError, "aiter() returned not an async iterator of type '%s'",
                 type_name_of(it));
  return it;
}

Value builtin_anext(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("anext", kw) || !check_nargs("anext", nargs, 1, 2)) return Value::null();
  bool found;
  Value r = call_type_special(args[0], str_intern("__anext__"), nullptr, 0, &found);
  if (!found)
    return raise(&exc::TypeError, "'%s' object is not an async iterator", type_name_of(args[0]));
  if (nargs == 2 && !r.is_null()) return vm::anext_awaitable_new(r, args[1]);
  return r;
}

// ---------------------------------------------------------------------------
// max / min

Value min_max(const char* name, const Value* args, size_t nargs, Tuple* kw, CompareOp op) {
  Value key = Value::null(), dflt = Value::null();
  size_t nkw = kw ? kw->size_ : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Str* n = kw->items_[k].as<Str>();
    if (n->view() == "key")
      key = args[nargs + k];
    else if (n->view() == "default")
      dflt = args[nargs + k];
    else
      return raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", n->data_, name);
  }
  if (nargs == 0) return raise(&exc::TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && !dflt.is_null())
    return raise(&exc::TypeError,
                 "Cannot specify a default for %s() with multiple positional arguments", name);
  if (key.is_none()) key = Value::null();
  Value it;
  if (nargs == 1) {
    it = get_iter(args[0]);
  } else {
    Tuple* t = tuple_new(nargs);
    for (size_t i = 0; i < nargs; ++i) t->items_[i] = args[i];
    it = get_iter(Value::object(t));
  }
  if (it.is_null()) return it;
  Value best = Value::null(), best_key = Value::null();
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return item;
    if (item.is_exhausted()) break;
    Value k = item;
    if (!key.is_null()) {
      k = call1(key, item);
      if (k.is_null()) return k;
    }
    if (best.is_null()) {
      best = item;
      best_key = k;
      continue;
    }
    int c = compare_bool(k, best_key, op);
    if (c < 0) return Value::null();
    if (c) {
      best = item;
      best_key = k;
    }
  }
  if (!best.is_null()) return best;
  if (!dflt.is_null()) return dflt;
  return raise(&exc::ValueError, "%s() arg is an empty sequence", name);
}

Value builtin_max(const Value* a, size_t n, Tuple* kw) {
  return min_max("max", a, n, kw, CompareOp::Gt);
}
Value builtin_min(const Value* a, size_t n, Tuple* kw) {
  return min_max("min", a, n, kw, CompareOp::Lt);
}

// ---------------------------------------------------------------------------
// sorted

Value builtin_sorted(const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1) return raise(&exc::TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value key = Value::null(), reverse = Value::null();
  size_t nkw = kw ? kw->size_ : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Str* n = kw->items_[k].as<Str>();
    if (n->view() == "key")
      key = args[nargs + k];
    else if (n->view() == "reverse")
      reverse = args[nargs + k];
    else
      return raise(&exc::TypeError, "'%s' is an invalid keyword argument for sort()", n->data_);
  }
  bool rev = false;
  if (!reverse.is_null()) {
    Value r = to_index(reverse);
    if (r.is_null()) return r;
    rev = int_sign(r) != 0;
  }
  Value l = list_from_iterable(args[0]);
  if (l.is_null()) return l;
  if (failed(list_sort(l.as<List>(), key.is_none() ? Value::null() : key, rev)))
    return Value::null();
  return l;
}

}  // namespace

void add_iter_builtins(Dict* d) {
  add_function(d, "iter", builtin_iter);
  add_function(d, "next", builtin_next);
  add_function(d, "len", builtin_len);
  add_function(d, "all", builtin_all);
  add_function(d, "any", builtin_any);
  add_function(d, "max", builtin_max);
  add_function(d, "min", builtin_min);
  add_function(d, "sorted", builtin_sorted);
  add_function(d, "aiter", builtin_aiter);
  add_function(d, "anext", builtin_anext);
}

}  // namespace tr
