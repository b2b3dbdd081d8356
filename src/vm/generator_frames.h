// Resuming and suspending a generator's frame: the hot path shared by
// generator_resume and the interpreter's FOR_ITER / SEND / YIELD_VALUE, kept
// inline so a value passing through a generator costs no calls.
#pragma once
#include "bytecode/code.h"
#include "vm/frame.h"

namespace tr::vm {

extern Type async_generator_type_obj;

// Copies a frame window. Windows are a few registers: a plain loop beats a
// call to the general memcpy (measured: 6.7% of bench/closures_gen was in
// memmove for 5-10 register copies).
inline void copy_window(
    Value* dst, const Value* src, size_t n) {
  for (size_t i = 0; i < n; ++i) dst[i] = src[i];
}

// The YIELD_VALUE g is suspended at, or null. Its c is 0 for a plain `yield`
// and names the delegate register for `yield from` / `await`.
inline const bytecode::Instr* suspended_yield_of(Generator* g) {
  if (g->state_ != kGenSuspended || g->resume_index_ == 0) return nullptr;
  const bytecode::Instr* y = g->code_->instrs_ + g->resume_index_ - 1;
  return y->op == bytecode::Op::YIELD_VALUE ? y : nullptr;
}

// Puts g's frame on the VM stack at `window` and marks it running. `sent`
// (null when throwing) is what the suspended yield evaluates to.
inline Frame* start_running(ThreadState& t, Generator* g, Value* window, Value sent) {
  bytecode::Code* code = g->code_;
  copy_window(window, g->saved_regs_, code->num_regs_);
  if (!sent.is_null() && g->state_ == kGenSuspended) {
    if (const bytecode::Instr* y = suspended_yield_of(g)) window[y->a] = sent;
  }
  Frame* f = enter_frame(t, code, g->func_, window, g->globals_, g->builtins_, nullptr);
  f->gen = g;
  f->pc = code->instrs_ + g->resume_index_;
  g->state_ = kGenRunning;
  g->running_frame_ = f;
  // Outside its own except blocks a generator sees the exception its caller
  // is handling (sys.exc_info(), __context__), as CPython chains them.
  g->caller_handled_ = t.handled_exc;
  if (!g->handled_exc_.is_null()) t.handled_exc = g->handled_exc_;
  return f;
}

// FOR_ITER and SEND run a generator's (or coroutine's) frame as a frame of
// their own loop, not through a nested run(): pushes it, resumed with
// `sent`, its stops reported to register `ret_reg` of the resuming frame as
// `how` says; or returns null when generator_resume must handle the case
// (running, finished, async generators, limits, errors to raise).
inline Frame* generator_enter_inline(ThreadState& t, Generator* g, Value sent, uint16_t ret_reg,
                                     FrameReturn how) {
  if (g->state_ == kGenCreated) {
    if (!sent.is_none()) return nullptr;  // generator_resume raises the TypeError
  } else if (g->state_ != kGenSuspended) {
    return nullptr;
  }
  if (g->cls_ == &async_generator_type_obj) return nullptr;
  Value* window = t.stack_top;
  if (t.depth >= static_cast<size_t>(t.recursion_limit) ||
      window + g->code_->num_regs_ + 64 > t.stack_limit)
    return nullptr;
  g->return_value_ = Value::null();
  Frame* f = start_running(t, g, window, sent);
  f->ret_reg = ret_reg;
  f->on_return = how;
  return f;
}

// Its frame stopped (yield, return or exception): restores the exception
// the resuming code was handling. Before the frame is left.
inline void generator_stopped(ThreadState& t, Generator* g) {
  g->handled_exc_ = t.handled_exc == g->caller_handled_ ? Value::null() : t.handled_exc;
  t.handled_exc = g->caller_handled_;
  g->caller_handled_ = Value::null();
  g->running_frame_ = nullptr;
}

// Saves the window and resume point of a generator frame at a yield.
inline void generator_suspend(Generator* g, Frame* f, const bytecode::Instr* pc) {
  copy_window(g->saved_regs_, f->regs, g->num_regs_);
  g->resume_index_ = static_cast<uint32_t>(pc - g->code_->instrs_);
  g->state_ = kGenSuspended;
}

// Marks a generator's frame as finished (returned or raised out).
inline void generator_finished(Generator* g) { g->state_ = kGenClosed; }

}  // namespace tr::vm
