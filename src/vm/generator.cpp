// Generators: a heap copy of a frame window that is copied back onto the VM
// stack to resume, and out again at each yield. send/throw/close, and the
// delegation of `yield from` to a sub-iterator.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/check.h"
#include "vm/frame.h"
#include "vm/generator_frames.h"
#include "vm/generator_internal.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Code;
using bytecode::Instr;
using bytecode::Op;

Type generator_type_obj;

bool is_generator_like(Value v) {
  if (!v.is_object()) return false;
  const Type* t = type_of(v);
  return t == &generator_type_obj || t == &coroutine_type_obj || t == &async_generator_type_obj;
}

const char* generator_kind_name(const Generator* g) {
  if (g->cls_ == &coroutine_type_obj) return "coroutine";
  if (g->cls_ == &async_generator_type_obj) return "async generator";
  return "generator";
}

namespace {

void gen_trace(Object* o, Tracer& t) {
  auto* g = static_cast<Generator*>(o);
  t.visit(g->code_);
  t.visit(g->func_);
  t.visit(g->globals_);
  t.visit(g->builtins_);
  t.visit(g->name_);
  t.visit(g->qualname_);
  t.visit(g->handled_exc_);
  t.visit(g->caller_handled_);
  t.visit(g->return_value_);
  if (g->saved_regs_) t.visit_range(g->saved_regs_, g->num_regs_);
}

Generator* as_gen(Value v) { return v.as<Generator>(); }

}  // namespace

void generator_convert_stop(Generator* g) {
  bool async_stop =
      g->cls_ == &async_generator_type_obj && error_matches(&exc::StopAsyncIteration);
  if (!error_matches(&exc::StopIteration) && !async_stop) return;
  Value e = error_fetch();
  raise(&exc::RuntimeError, "%s raised %s", generator_kind_name(g),
        async_stop ? "StopAsyncIteration" : "StopIteration");
  Value ne = error_peek();
  ne.as<BaseExceptionObj>()->cause_ = e;
  ne.as<BaseExceptionObj>()->context_ = e;
  ne.as<BaseExceptionObj>()->suppress_context_ = true;
}

// Resumes `g`: with `sent` (send/next) or with the pending exception
// (throw). Returns the yielded value, Value::exhausted() when it returned
// None, or null with an exception pending (StopIteration(value) for other
// return values).
Value generator_resume(Generator* g, Value sent, bool throwing) {
  ThreadState& t = ts();
  // A return value not taken right after the generator finished is gone
  // (a for-loop discards it).
  g->return_value_ = Value::null();
  if (g->state_ == kGenRunning) {
    if (throwing) error_clear();
    return raise(&exc::ValueError, "%s already executing", generator_kind_name(g));
  }
  if (g->state_ == kGenClosed) {
    // A finished coroutine cannot be resumed again (await, send or throw).
    if (g->cls_ == &coroutine_type_obj && !g->closing_) {
      if (throwing) error_clear();
      return raise(&exc::RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (throwing) return Value::null();
    return Value::exhausted();
  }
  if (g->state_ == kGenCreated) {
    if (throwing) {
      g->state_ = kGenClosed;
      return Value::null();
    }
    if (!sent.is_none() && !sent.is_null())
      return raise(&exc::TypeError, "can't send non-None value to a just-started %s",
                   generator_kind_name(g));
  }
  if (t.depth >= static_cast<size_t>(t.recursion_limit)) {
    if (throwing) error_clear();
    return recursion_error();
  }
  Code* code = g->code_;
  Value* window = t.stack_top;
  if (window + code->num_regs_ + 64 > t.stack_limit) return recursion_error();
  Frame* f = start_running(t, g, window, throwing ? Value::null() : sent);
  f->is_entry = true;
  bool yielded = false;
  Value r = run(f, &yielded);
  generator_stopped(t, g);
  if (yielded) return r;
  g->state_ = kGenClosed;
  if (r.is_null()) {
    generator_convert_stop(g);
    return r;
  }
  // A return value waits in the generator: for-loops just see the end, while
  // send()/next()/yield-from take it as StopIteration's value.
  if (!r.is_none()) g->return_value_ = r;
  return Value::exhausted();
}

namespace {

Value resume(Generator* g, Value sent, bool throwing) { return generator_resume(g, sent, throwing); }

Value gen_next(Value self) { return resume(as_gen(self), Value::none(), false); }

Value gen_iter(Value self) { return self; }

}  // namespace

Value generator_ensure_stop(Value gen, Value r) {
  if (r.is_exhausted()) return raise_stop_iteration(generator_take_return(gen));
  return r;
}

Value generator_send_method(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("send", nargs - 1, 1, 1)) return Value::null();
  return generator_ensure_stop(args[0], resume(as_gen(args[0]), args[1], false));
}

Value generator_normalize_throw(const Value* args, size_t nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  if (is_exception_class(typ)) {
    Value e = val.is_none() ? call0(typ)
              : is_exception_instance(val) ? val
              : is_tuple(val) ? call(typ, val.as<Tuple>()->items_, val.as<Tuple>()->size_)
                              : call1(typ, val);
    return e;
  }
  if (is_exception_instance(typ)) {
    if (!val.is_none())
      return raise(&exc::TypeError, "instance exception may not have a separate value");
    return typ;
  }
  return raise(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
               type_name_of(typ));
}

namespace {

Value throw_into(Generator* g, Value e) { return generator_throw_into(g, e); }
// Delegates a throw to the sub-iterator of a suspended `yield from`.
// Returns true when the delegate handled it (result in *out).
bool throw_to_delegate(Generator* g, Value e, Value* out) {
  const Instr* y = suspended_yield_of(g);
  if (!y || y->c == 0) return false;
  Value delegate = g->saved_regs_[y->c - 1];
  const Instr* send = y - 1;
  Value r;
  // close() closes the delegate (if it can be) rather than throwing
  // GeneratorExit into it, then raises GeneratorExit here.
  if (is_exception_instance(e) && isinstance_of(e, &exc::GeneratorExit)) {
    Value close = getattr_opt(delegate, names::close);
    if (close.is_null()) {
      error_clear();
      return false;
    }
    if (call0(close).is_null()) {
      *out = throw_into(g, Value::null());
      return true;
    }
    return false;
  }
  if (is_generator_like(delegate)) {
    r = throw_into(as_gen(delegate), e);
  } else {
    Value m = getattr_opt(delegate, names::throw_);
    if (m.is_null()) return false;
    r = call1(m, e);
  }
  if (!r.is_null() && !r.is_exhausted()) {
    *out = r;
    return true;
  }
  // The delegate finished: resume after the yield-from with its value.
  Value value = r.is_exhausted() ? generator_take_return(delegate) : Value::none();
  if (r.is_null()) {
    if (!error_matches(&exc::StopIteration)) {
      *out = resume(g, Value::none(), true);
      return true;
    }
    Value se = error_fetch();
    Tuple* a = se.as<BaseExceptionObj>()->args_;
    if (a && a->size_) value = a->items_[0];
  }
  g->saved_regs_[send->a + 1] = value;
  g->resume_index_ = send->bx();
  *out = resume(g, Value::none(), false);
  return true;
}

}  // namespace

// Raises `e` inside g at its suspension point. e null: already pending.
Value generator_throw_into(Generator* g, Value e) {
  if (!e.is_null()) {
    Value out;
    if (throw_to_delegate(g, e, &out)) return out;
    error_restore(e);
  }
  return resume(g, Value::none(), true);
}

Value generator_throw_method(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("throw", nargs - 1, 1, 3)) return Value::null();
  Value e = generator_normalize_throw(args + 1, nargs - 1);
  if (e.is_null()) return e;
  return generator_ensure_stop(args[0], generator_throw_into(args[0].as<Generator>(), e));
}

Value generator_close_method(const Value* args, size_t nargs, Tuple* kw) {
  Generator* g = args[0].as<Generator>();
  if (g->state_ == kGenCreated || g->state_ == kGenClosed) {
    g->state_ = kGenClosed;
    return Value::none();
  }
  Value e = exception_new(&exc::GeneratorExit, tuple_empty());
  if (e.is_null()) return e;
  g->closing_ = true;
  Value r = generator_throw_into(g, e);
  g->closing_ = false;
  if (!r.is_null() && !r.is_exhausted()) {
    return raise(&exc::RuntimeError, "%s ignored GeneratorExit", generator_kind_name(g));
  }
  if (r.is_null()) {
    if (error_matches(&exc::GeneratorExit) || error_matches(&exc::StopIteration)) {
      error_clear();
      return Value::none();
    }
    return r;
  }
  return Value::none();
}

namespace {

Value gen_send(const Value* args, size_t nargs, Tuple* kw) {
  return generator_send_method(args, nargs, kw);
}
Value gen_throw(const Value* args, size_t nargs, Tuple* kw) {
  return generator_throw_method(args, nargs, kw);
}
Value gen_close(const Value* args, size_t nargs, Tuple* kw) {
  return generator_close_method(args, nargs, kw);
}

Value gen_repr(Value self) {
  Generator* g = as_gen(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return str_value("<generator object " + std::string(g->qualname_->view()) + buf);
}

Value gen_name(const Value* a, size_t, Tuple*) { return Value::object(as_gen(a[0])->name_); }
Value gen_qualname(const Value* a, size_t, Tuple*) {
  return Value::object(as_gen(a[0])->qualname_);
}
Value gen_running(const Value* a, size_t, Tuple*) {
  return Value::boolean(as_gen(a[0])->state_ == kGenRunning);
}
Value gen_code(const Value* a, size_t, Tuple*) { return Value::object(as_gen(a[0])->code_); }
Value gen_frame(const Value* a, size_t, Tuple*) { return Value::none(); }

}  // namespace

Value generator_new(Function* func, Code* code, Value* regs) {
  // `async def` makes a coroutine, or an async generator when it yields.
  Type* type = &generator_type_obj;
  if (code->flags_ & bytecode::kCodeCoroutine)
    type = (code->flags_ & bytecode::kCodeGenerator) ? &async_generator_type_obj : &coroutine_type_obj;
  // The saved window lives in the generator's own cell, after the header:
  // no malloc/free per generator, no finalizer.
  auto* g = static_cast<Generator*>(
      alloc_object_sized(type, sizeof(Generator) + sizeof(Value) * code->num_regs_));
  g->code_ = code;
  g->func_ = func;
  g->num_regs_ = code->num_regs_;
  g->globals_ = func->globals_;
  g->builtins_ = func->builtins_;
  g->name_ = func->name_;
  g->qualname_ = func->qualname_;
  g->state_ = kGenCreated;
  g->loop_owned_ = false;
  g->closing_ = false;
  g->running_async_ = false;
  g->ag_closed_ = false;
  g->handled_exc_ = Value::null();
  g->caller_handled_ = Value::null();
  g->saved_regs_ = reinterpret_cast<Value*>(g + 1);
  copy_window(g->saved_regs_, regs, code->num_regs_);
  return Value::object(g);
}


Value generator_take_return(Value it) {
  if (!is_generator_like(it)) return Value::none();
  Generator* g = as_gen(it);
  Value v = g->return_value_;
  g->return_value_ = Value::null();
  return v.is_null() ? Value::none() : v;
}

void generator_mark_loop_owned(Value it) {
  if (!it.is_object() || type_of(it) != &generator_type_obj) return;
  Generator* g = as_gen(it);
  // A generator that already ran may be referenced elsewhere (`iter(g)`).
  if (g->state_ == kGenCreated) g->loop_owned_ = true;
}

void generator_close_loop_owned(Value it) {
  if (!it.is_object() || type_of(it) != &generator_type_obj) return;
  Generator* g = as_gen(it);
  if (!g->loop_owned_ || g->state_ == kGenRunning) return;
  g->loop_owned_ = false;
  // Closing runs Python code while an exception may be propagating through
  // the loop: keep that exception aside.
  Value pending = error_fetch();
  Value self = it;
  if (gen_close(&self, 1, nullptr).is_null()) write_unraisable(it);
  if (!pending.is_null()) error_restore(pending);
}

void generator_type_init() {
  generator_type_obj.gc_trace_ = gen_trace;
  generator_type_obj.iter_ = gen_iter;
  generator_type_obj.next_ = gen_next;
  generator_type_obj.repr_ = gen_repr;
  type_ready(&generator_type_obj, "generator", nullptr, sizeof(Generator), 0);
  static const MethodDef kMethods[] = {
      {"send", gen_send, 0},
      {"throw", gen_throw, 0},
      {"close", gen_close, 0},
  };
  add_methods(&generator_type_obj, kMethods);
  add_property(&generator_type_obj, "__name__", gen_name);
  add_property(&generator_type_obj, "__qualname__", gen_qualname);
  add_property(&generator_type_obj, "gi_running", gen_running);
  add_property(&generator_type_obj, "gi_code", gen_code);
  add_property(&generator_type_obj, "gi_frame", gen_frame);
  // Coroutines and async generators share the generator's GC hooks.
  coroutine_type_init();
  async_generator_type_init();
}

}  // namespace tr::vm
