// Async generators (`async def` with `yield`): a Generator of its own type
// whose plain yields are told apart from the awaits passing through it by
// the YIELD_VALUE it is suspended at (c = 0). asend/athrow/aclose return
// awaitables that step it once; anext(it, default)'s awaitable lives here too.
#include <cstdio>

#include "vm/generator_frames.h"
#include "vm/generator_internal.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Instr;

Type async_generator_type_obj;

namespace {

Type asend_type;       // async_generator_asend: __anext__() / asend(v)
Type athrow_type;      // async_generator_athrow: athrow(...) / aclose()
Type anext_awaitable_type;

enum AwaitState : uint8_t { kAwaitInit, kAwaitIter, kAwaitClosed };

struct AsyncGenAwaitable : Object {
  Value gen;
  Value arg;        // asend: the value to send; athrow: the exception; aclose: null
  uint8_t state;
};

struct AnextAwaitable : Object {
  Value awaitable;  // what __anext__() returned
  Value iter;       // its await iterator, once started
  Value dflt;
};

Generator* gen_of(const AsyncGenAwaitable* o) { return o->gen.as<Generator>(); }

void awaitable_trace(Object* o, Tracer& t) {
  auto* a = static_cast<AsyncGenAwaitable*>(o);
  t.visit(a->gen);
  t.visit(a->arg);
}

void anext_trace(Object* o, Tracer& t) {
  auto* a = static_cast<AnextAwaitable*>(o);
  t.visit(a->awaitable);
  t.visit(a->iter);
  t.visit(a->dflt);
}

// True when g just stopped at a plain `yield` (not inside an await).
bool at_async_yield(Generator* g) {
  const Instr* y = suspended_yield_of(g);
  return y && y->c == 0;
}

Value raise_plain(Type* t) {
  Value e = exception_new(t, tuple_empty());
  if (!e.is_null()) error_restore(e);
  return Value::null();
}

// What one step of the generator means to the awaitable driving it: a plain
// yield finishes the await with that value (StopIteration(value)), returning
// ends the iteration (StopAsyncIteration), anything else passes through to
// whoever drives the outer coroutine.
Value unwrap_step(AsyncGenAwaitable* o, Value r) {
  Generator* g = gen_of(o);
  if (r.is_null() || r.is_exhausted()) {
    g->running_async_ = false;
    o->state = kAwaitClosed;
    if (r.is_exhausted()) {
      g->ag_closed_ = true;
      return raise_plain(&exc::StopAsyncIteration);
    }
    if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))
      g->ag_closed_ = true;
    return r;
  }
  if (at_async_yield(g)) {
    g->running_async_ = false;
    o->state = kAwaitClosed;
    return raise_stop_iteration(r);
  }
  return r;
}

// ---- asend ---------------------------------------------------------------

Value asend_send_value(AsyncGenAwaitable* o, Value sent) {
  Generator* g = gen_of(o);
  if (o->state == kAwaitClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == kAwaitInit) {
    if (g->running_async_)
      return raise(&exc::RuntimeError, "anext(): asynchronous generator is already running");
    if (sent.is_none() || sent.is_null()) sent = o->arg;
    o->state = kAwaitIter;
  }
  g->running_async_ = true;
  return unwrap_step(o, generator_resume(g, sent, false));
}

Value asend_next(Value self) { return asend_send_value(self.as<AsyncGenAwaitable>(), Value::none()); }

Value asend_send(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("send", nargs - 1, 1, 1)) return Value::null();
  return asend_send_value(args[0].as<AsyncGenAwaitable>(), args[1]);
}

Value asend_throw(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("throw", nargs - 1, 1, 3)) return Value::null();
  auto* o = args[0].as<AsyncGenAwaitable>();
  if (o->state == kAwaitClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Value e = generator_normalize_throw(args + 1, nargs - 1);
  if (e.is_null()) return e;
  gen_of(o)->running_async_ = true;
  return unwrap_step(o, generator_throw_into(gen_of(o), e));
}

Value awaitable_close(const Value* args, size_t, Tuple*) {
  args[0].as<AsyncGenAwaitable>()->state = kAwaitClosed;
  return Value::none();
}

Value awaitable_self(const Value* args, size_t, Tuple*) { return args[0]; }
Value awaitable_iter(Value self) { return self; }

// ---- athrow / aclose -------------------------------------------------------

// aclose() sees the generator yield again after GeneratorExit: an error.
Value ignored_exit(AsyncGenAwaitable* o) {
  gen_of(o)->running_async_ = false;
  o->state = kAwaitClosed;
  return raise(&exc::RuntimeError, "async generator ignored GeneratorExit");
}

// The generator finished or raised: aclose() treats GeneratorExit and
// StopAsyncIteration as the clean end of its await.
Value athrow_error(AsyncGenAwaitable* o, Value r) {
  Generator* g = gen_of(o);
  g->running_async_ = false;
  o->state = kAwaitClosed;
  if (r.is_exhausted()) raise_plain(&exc::StopAsyncIteration);
  if (o->arg.is_null() &&
      (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))) {
    error_clear();
    return raise_stop_iteration(Value::none());
  }
  return Value::null();
}

Value athrow_send_value(AsyncGenAwaitable* o, Value sent) {
  Generator* g = gen_of(o);
  bool closing = o->arg.is_null();
  if (o->state == kAwaitClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Value r;
  if (o->state == kAwaitInit) {
    if (g->running_async_)
      return raise(&exc::RuntimeError, closing ? "aclose(): asynchronous generator is already running"
                                               : "athrow(): asynchronous generator is already running");
    if (g->ag_closed_ || g->state_ == kGenClosed) {
      o->state = kAwaitClosed;
      return raise_stop_iteration(Value::none());
    }
    if (!sent.is_none() && !sent.is_null())
      return raise(&exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = kAwaitIter;
    g->running_async_ = true;
    if (closing) {
      g->ag_closed_ = true;
      Value e = exception_new(&exc::GeneratorExit, tuple_empty());
      if (e.is_null()) return e;
      r = generator_throw_into(g, e);
      if (!r.is_null() && !r.is_exhausted()) {
        if (at_async_yield(g)) return ignored_exit(o);
        return r;
      }
      return athrow_error(o, r);
    }
    return unwrap_step(o, generator_throw_into(g, o->arg));
  }
  r = generator_resume(g, sent, false);
  if (!closing) return unwrap_step(o, r);
  if (!r.is_null() && !r.is_exhausted()) {
    if (at_async_yield(g)) return ignored_exit(o);
    return r;
  }
  return athrow_error(o, r);
}

Value athrow_next(Value self) { return athrow_send_value(self.as<AsyncGenAwaitable>(), Value::none()); }

Value athrow_send(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("send", nargs - 1, 1, 1)) return Value::null();
  return athrow_send_value(args[0].as<AsyncGenAwaitable>(), args[1]);
}

Value athrow_throw(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("throw", nargs - 1, 1, 3)) return Value::null();
  auto* o = args[0].as<AsyncGenAwaitable>();
  if (o->state == kAwaitClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Value e = generator_normalize_throw(args + 1, nargs - 1);
  if (e.is_null()) return e;
  Generator* g = gen_of(o);
  Value r = generator_throw_into(g, e);
  if (!o->arg.is_null()) return unwrap_step(o, r);
  if (!r.is_null() && !r.is_exhausted()) {
    if (at_async_yield(g)) return ignored_exit(o);
    return r;
  }
  return athrow_error(o, r);
}

// ---- the async generator ---------------------------------------------------

Value new_awaitable(Type* t, Value gen, Value arg) {
  auto* o = alloc<AsyncGenAwaitable>(t);
  o->gen = gen;
  o->arg = arg;
  o->state = kAwaitInit;
  return Value::object(o);
}

Value agen_aiter(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__aiter__", nargs - 1, 0, 0)) return Value::null();
  return args[0];
}
Value agen_anext(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__anext__", nargs - 1, 0, 0)) return Value::null();
  return new_awaitable(&asend_type, args[0], Value::none());
}
Value agen_asend(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("asend", nargs - 1, 1, 1)) return Value::null();
  return new_awaitable(&asend_type, args[0], args[1]);
}
Value agen_athrow(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("athrow", nargs - 1, 1, 3)) return Value::null();
  Value e = generator_normalize_throw(args + 1, nargs - 1);
  if (e.is_null()) return e;
  return new_awaitable(&athrow_type, args[0], e);
}
Value agen_aclose(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("aclose", nargs - 1, 0, 0)) return Value::null();
  return new_awaitable(&athrow_type, args[0], Value::null());
}

Generator* as_agen(Value v) { return v.as<Generator>(); }

Value agen_repr(Value self) {
  Generator* g = as_agen(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return str_value("<async_generator object " + std::string(g->qualname_->view()) + buf);
}
Value agen_name(const Value* a, size_t, Tuple*) { return Value::object(as_agen(a[0])->name_); }
Value agen_qualname(const Value* a, size_t, Tuple*) { return Value::object(as_agen(a[0])->qualname_); }
Value agen_running(const Value* a, size_t, Tuple*) { return Value::boolean(as_agen(a[0])->running_async_); }
Value agen_code(const Value* a, size_t, Tuple*) { return Value::object(as_agen(a[0])->code_); }
Value agen_frame(const Value*, size_t, Tuple*) { return Value::none(); }
Value agen_await(const Value* a, size_t, Tuple*) {
  Generator* g = as_agen(a[0]);
  const Instr* y = suspended_yield_of(g);
  if (!y || y->c == 0) return Value::none();
  return g->saved_regs_[y->c - 1];
}

// ---- anext(iterator, default) ---------------------------------------------

// One step of an await iterator: send `sent` (None: next) or throw.
Value step_iter(Value it, Value sent) {
  if (is_generator_like(it))
    return generator_ensure_stop(it, generator_resume(it.as<Generator>(), sent, false));
  if (sent.is_none()) {
    Value r = iter_next(it);
    if (r.is_exhausted()) return raise_stop_iteration(Value::none());
    return r;
  }
  return call_method(it, names::send, &sent, 1);
}

Value anext_default(AnextAwaitable* o, Value r) {
  if (r.is_null() && error_matches(&exc::StopAsyncIteration)) {
    error_clear();
    return raise_stop_iteration(o->dflt);
  }
  return r;
}

Value anext_iter_of(AnextAwaitable* o) {
  if (o->iter.is_null()) {
    Value it = get_awaitable(o->awaitable);
    if (it.is_null()) return it;
    o->iter = it;
  }
  return o->iter;
}

Value anext_send_value(AnextAwaitable* o, Value sent) {
  Value it = anext_iter_of(o);
  if (it.is_null()) return it;
  return anext_default(o, step_iter(it, sent));
}

Value anext_next(Value self) { return anext_send_value(self.as<AnextAwaitable>(), Value::none()); }
Value anext_send(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("send", nargs - 1, 1, 1)) return Value::null();
  return anext_send_value(args[0].as<AnextAwaitable>(), args[1]);
}
Value anext_throw(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("throw", nargs - 1, 1, 3)) return Value::null();
  auto* o = args[0].as<AnextAwaitable>();
  Value it = anext_iter_of(o);
  if (it.is_null()) return it;
  Value m = getattr_opt(it, names::throw_);
  if (m.is_null()) return m;
  return anext_default(o, call(m, args + 1, nargs - 1));
}
Value anext_close(const Value* args, size_t, Tuple*) {
  auto* o = args[0].as<AnextAwaitable>();
  if (o->iter.is_null()) return Value::none();
  Value m = getattr_opt(o->iter, names::close);
  if (m.is_null()) return Value::none();
  return call0(m);
}

void ready_awaitable(Type* t, const char* name, NextFn next, NativeFn send, NativeFn thr) {
  t->gc_trace_ = awaitable_trace;
  t->iter_ = awaitable_iter;
  t->next_ = next;
  type_ready(t, name, nullptr, sizeof(AsyncGenAwaitable), 0);
  const MethodDef methods[] = {
      {"send", send, 0},
      {"throw", thr, 0},
      {"close", awaitable_close, 0},
      {"__await__", awaitable_self, 0},
  };
  add_methods(t, methods);
}

}  // namespace

Value anext_awaitable_new(Value awaitable, Value dflt) {
  auto* o = alloc<AnextAwaitable>(&anext_awaitable_type);
  o->awaitable = awaitable;
  o->iter = Value::null();
  o->dflt = dflt;
  return Value::object(o);
}

void async_generator_type_init() {
  async_generator_type_obj.gc_trace_ = generator_type_obj.gc_trace_;
  async_generator_type_obj.repr_ = agen_repr;
  type_ready(&async_generator_type_obj, "async_generator", nullptr, sizeof(Generator), 0);
  static const MethodDef kMethods[] = {
      {"__aiter__", agen_aiter, 0},
      {"__anext__", agen_anext, 0},
      {"asend", agen_asend, 0},
      {"athrow", agen_athrow, 0},
      {"aclose", agen_aclose, 0},
  };
  add_methods(&async_generator_type_obj, kMethods);
  add_property(&async_generator_type_obj, "__name__", agen_name);
  add_property(&async_generator_type_obj, "__qualname__", agen_qualname);
  add_property(&async_generator_type_obj, "ag_running", agen_running);
  add_property(&async_generator_type_obj, "ag_code", agen_code);
  add_property(&async_generator_type_obj, "ag_frame", agen_frame);
  add_property(&async_generator_type_obj, "ag_await", agen_await);

  ready_awaitable(&asend_type, "async_generator_asend", asend_next, asend_send, asend_throw);
  ready_awaitable(&athrow_type, "async_generator_athrow", athrow_next, athrow_send, athrow_throw);

  anext_awaitable_type.gc_trace_ = anext_trace;
  anext_awaitable_type.iter_ = awaitable_iter;
  anext_awaitable_type.next_ = anext_next;
  type_ready(&anext_awaitable_type, "anext_awaitable", nullptr, sizeof(AnextAwaitable), 0);
  static const MethodDef kAnextMethods[] = {
      {"send", anext_send, 0},
      {"throw", anext_throw, 0},
      {"close", anext_close, 0},
      {"__await__", awaitable_self, 0},
  };
  add_methods(&anext_awaitable_type, kAnextMethods);
}

}  // namespace tr::vm
