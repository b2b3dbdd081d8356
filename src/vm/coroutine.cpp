// Coroutines (`async def` without yield): Generator objects of their own type,
// driven by `await` (the yield-from loop), send/throw/close, and
// `__await__()`'s coroutine_wrapper; and what `await x` accepts.
#include <cstdio>

#include "vm/generator_frames.h"
#include "vm/generator_internal.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Instr;

Type coroutine_type_obj;

namespace {

Type coroutine_wrapper_type;

// What `coro.__await__()` returns: an iterator stepping the coroutine.
struct CoroWrapper : Object {
  Value coro;
};

Generator* as_coro(Value v) { return v.as<Generator>(); }

void wrapper_trace(Object* o, Tracer& t) { t.visit(static_cast<CoroWrapper*>(o)->coro); }

Value wrapper_next(Value self) {
  Value coro = self.as<CoroWrapper>()->coro;
  return generator_ensure_stop(coro, generator_resume(as_coro(coro), Value::none(), false));
}
Value wrapper_iter(Value self) { return self; }

// The wrapper's methods act on the coroutine it wraps.
Value with_coro(const Value* args, size_t nargs, Tuple* kw, NativeFn fn) {
  Value buf[4];
  buf[0] = args[0].as<CoroWrapper>()->coro;
  for (size_t i = 1; i < nargs && i < 4; ++i) buf[i] = args[i];
  return fn(buf, nargs, kw);
}
Value wrapper_send(const Value* a, size_t n, Tuple* kw) { return with_coro(a, n, kw, generator_send_method); }
Value wrapper_throw(const Value* a, size_t n, Tuple* kw) { return with_coro(a, n, kw, generator_throw_method); }
Value wrapper_close(const Value* a, size_t n, Tuple* kw) { return with_coro(a, n, kw, generator_close_method); }

Value coro_await(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__await__", nargs - 1, 0, 0)) return Value::null();
  auto* w = alloc<CoroWrapper>(&coroutine_wrapper_type);
  w->coro = args[0];
  return Value::object(w);
}

Value coro_repr(Value self) {
  Generator* g = as_coro(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return str_value("<coroutine object " + std::string(g->qualname_->view()) + buf);
}

// The object a suspended coroutine is awaiting (its yield-from delegate).
Value awaited_delegate(Generator* g) {
  const Instr* y = suspended_yield_of(g);
  if (!y || y->c == 0) return Value::none();
  return g->saved_regs_[y->c - 1];
}

Value coro_name(const Value* a, size_t, Tuple*) { return Value::object(as_coro(a[0])->name_); }
Value coro_qualname(const Value* a, size_t, Tuple*) { return Value::object(as_coro(a[0])->qualname_); }
Value coro_running(const Value* a, size_t, Tuple*) {
  return Value::boolean(as_coro(a[0])->state_ == kGenRunning);
}
Value coro_code(const Value* a, size_t, Tuple*) { return Value::object(as_coro(a[0])->code_); }
Value coro_frame(const Value*, size_t, Tuple*) { return Value::none(); }
Value coro_await_attr(const Value* a, size_t, Tuple*) { return awaited_delegate(as_coro(a[0])); }
Value coro_origin(const Value*, size_t, Tuple*) { return Value::none(); }

}  // namespace

Value get_awaitable(Value x) {
  Type* t = type_of(x);
  if (t == &coroutine_type_obj) {
    Generator* g = as_coro(x);
    if (!awaited_delegate(g).is_none())
      return raise(&exc::RuntimeError, "coroutine is being awaited already");
    return x;
  }
  // A generator made by a types.coroutine function.
  if (t == &generator_type_obj &&
      (as_coro(x)->code_->flags_ & bytecode::kCodeIterableCoroutine))
    return x;
  Value m = type_lookup(t, str_intern("__await__"));
  if (m.is_null())
    return raise(&exc::TypeError, "object %s can't be used in 'await' expression", type_name(t));
  Value it = call_method(x, str_intern("__await__"), nullptr, 0);
  if (it.is_null()) return it;
  if (type_of(it) == &coroutine_type_obj ||
      (type_of(it) == &generator_type_obj &&
       (as_coro(it)->code_->flags_ & bytecode::kCodeIterableCoroutine)))
    return raise(&exc::TypeError, "__await__() returned a coroutine");
  if (!type_of(it)->next_)
    return raise(&exc::TypeError, "__await__() returned non-iterator of type '%s'", type_name_of(it));
  return it;
}

void coroutine_type_init() {
  coroutine_type_obj.gc_trace_ = generator_type_obj.gc_trace_;
  coroutine_type_obj.repr_ = coro_repr;
  type_ready(&coroutine_type_obj, "coroutine", nullptr, sizeof(Generator), 0);
  static const MethodDef kMethods[] = {
      {"send", generator_send_method, 0},
      {"throw", generator_throw_method, 0},
      {"close", generator_close_method, 0},
      {"__await__", coro_await, 0},
  };
  add_methods(&coroutine_type_obj, kMethods);
  add_property(&coroutine_type_obj, "__name__", coro_name);
  add_property(&coroutine_type_obj, "__qualname__", coro_qualname);
  add_property(&coroutine_type_obj, "cr_running", coro_running);
  add_property(&coroutine_type_obj, "cr_code", coro_code);
  add_property(&coroutine_type_obj, "cr_frame", coro_frame);
  add_property(&coroutine_type_obj, "cr_await", coro_await_attr);
  add_property(&coroutine_type_obj, "cr_origin", coro_origin);

  coroutine_wrapper_type.gc_trace_ = wrapper_trace;
  coroutine_wrapper_type.iter_ = wrapper_iter;
  coroutine_wrapper_type.next_ = wrapper_next;
  type_ready(&coroutine_wrapper_type, "coroutine_wrapper", nullptr, sizeof(CoroWrapper), 0);
  static const MethodDef kWrapperMethods[] = {
      {"send", wrapper_send, 0},
      {"throw", wrapper_throw, 0},
      {"close", wrapper_close, 0},
  };
  add_methods(&coroutine_wrapper_type, kWrapperMethods);
}

}  // namespace tr::vm
