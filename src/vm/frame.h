// Frames and the thread state: each frame is a window of the one VM register
// stack; Python->Python calls push a Frame and stay in the same C++ loop.
#pragma once
#include "base/check.h"
#include "bytecode/code.h"
#include "objects/objects.h"

namespace tr::vm {

struct Generator;

// What returning from a frame pushed by a quickened instruction involves.
enum FrameReturn : uint8_t {
  kReturnPlain = 0,   // the result goes to the caller's ret_reg
  kReturnInit = 1,    // CALL_CLASS_INIT's __init__: must return None; ret_reg
                      // already holds the instance
  kReturnBinary = 2,  // BINARY_PY's __op__: NotImplemented continues with
                      // Python's operator rule for the operands
  kReturnGenFor = 3,  // a generator resumed by FOR_ITER (ret_reg = its a):
                      // a yield sets the loop variable, a return ends the loop
  kReturnGenSend = 4, // resumed by SEND (ret_reg = its a): yielded and
                      // returned values go to a+1; a return jumps to SEND's target
};

struct Frame {
  bytecode::Code* code;
  Function* func;          // null for module/class code run directly
  Value* regs;             // the window: regs[0 .. code->num_regs_)
  const bytecode::Instr* pc;  // next instruction to execute
  Dict* globals;
  Dict* builtins;
  Dict* locals;            // class bodies / exec with a separate locals mapping
  Frame* back;
  Generator* gen;          // the generator this frame runs, or null
  uint16_t ret_reg;        // caller register receiving the result
  bool is_entry;           // returning leaves run() (called from C++)
  uint8_t on_return;       // FrameReturn: what the caller's instruction still owes
  uint8_t return_op;       // kReturnBinary: the generic op (ADD, ...) being run
  // The instruction running (pc already points past it).
  uint32_t running_index() const {
    uint32_t i = instr_index();
    return i ? i - 1 : 0;
  }
  uint32_t instr_index() const {
    return static_cast<uint32_t>(pc - code->instrs_);
  }
};

// Generators own a heap copy of their frame window between resumptions.
struct Generator : Object {
  bytecode::Code* code_;
  Function* func_;
  Value* saved_regs_;      // copy of the window, in this cell after the header; traced
  uint32_t num_regs_;
  uint32_t resume_index_;  // instruction to resume at
  Dict* globals_;
  Dict* builtins_;
  Str* name_;
  Str* qualname_;
  Value handled_exc_;      // the generator's own "exception being handled", or null
  Value caller_handled_;   // while running: what the resuming code was handling
  Value return_value_;     // a non-None return value not yet taken, or null
  uint8_t state_;          // GenState
  bool loop_owned_;        // only a `for` loop refers to it: closed when the loop is left
  bool closing_;           // close() is throwing GeneratorExit in
  bool running_async_;     // async generator: an asend/athrow awaitable is driving it
  bool ag_closed_;         // async generator: finished or aclose()d
  Frame* running_frame_;   // while running
};

enum GenState : uint8_t { kGenCreated, kGenSuspended, kGenRunning, kGenClosed };

struct ThreadState {
  Value* stack_base = nullptr;
  Value* stack_limit = nullptr;
  Value* stack_top = nullptr;   // first free register above the innermost window
  Frame* frames = nullptr;      // frame storage (recursion_limit + slack)
  Frame* frame = nullptr;       // innermost frame
  size_t depth = 0;             // Python frames alive
  size_t max_frames = 0;
  int recursion_limit = 1000;
  int native_depth = 0;         // nested run() invocations
  Value handled_exc;            // the exception being handled (sys.exc_info)
};

ThreadState& ts();

// push_frame / pop_frame for the interpreter loop, which already holds `t`
// (inlined there: a Python call is a frame push, not a C++ call).
inline Frame* enter_frame(ThreadState& t, bytecode::Code* code, Function* func, Value* regs,
                          Dict* globals, Dict* builtins, Dict* locals) {
  TR_CHECK(t.depth < t.max_frames);
  Frame* f = t.frames + t.depth;
  f->code = code;
  f->func = func;
  f->regs = regs;
  f->pc = code->instrs_;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->back = t.frame;
  f->gen = nullptr;
  f->ret_reg = 0;
  f->is_entry = false;
  f->on_return = kReturnPlain;
  t.frame = f;
  ++t.depth;
  t.stack_top = regs + code->num_regs_;
  return f;
}
inline void leave_frame(ThreadState& t) {
  Frame* f = t.frame;
  t.frame = f->back;
  --t.depth;
  t.stack_top = t.frame ? t.frame->regs + t.frame->code->num_regs_ : t.stack_base;
}

// Runs frames starting with the entry frame already pushed; returns the
// entry frame's result or null with the exception pending. `yielded` is
// set when a generator frame suspended.
Value run(Frame* entry, bool* yielded);

// Pushes a frame for `func` whose arguments are already bound in `regs`.
Frame* push_frame(bytecode::Code* code, Function* func, Value* regs, Dict* globals,
                  Dict* builtins, Dict* locals);
void pop_frame();

// Binds arguments for a call of `func` into the window at `dest` (which may
// overlap `args`). Returns false with TypeError pending.
bool bind_arguments(Function* func, Value* dest, const Value* args, size_t nargs,
                    Tuple* kwnames);
// Fills free-variable registers and nulls the other locals/temporaries.
void init_window(bytecode::Code* code, Function* func, Value* regs, size_t first_unset);
// The same, inlined for the interpreter's calls.
inline void init_window_inline(bytecode::Code* code, Function* func, Value* regs,
                               size_t first_unset) {
  for (size_t i = first_unset; i < code->num_regs_; ++i) regs[i] = Value::null();
  if (code->num_free_) init_window(code, func, regs, code->num_regs_);
}

// A call that binds by copying: exactly the positional parameters, no
// keywords, no *args/**kwargs/keyword-only parameters (defaults unused).
inline bool takes_exact_positional(const bytecode::Code* code, size_t nargs, const Tuple* kwnames) {
  return !kwnames && nargs == code->argcount_ && code->kwonlyargcount_ == 0 &&
         !(code->flags_ & (bytecode::kCodeVarargs | bytecode::kCodeVarkeywords));
}

// Generators (generator.cpp).
Value generator_new(Function* func, bytecode::Code* code, Value* regs);
// An exception leaving g's frame: StopIteration becomes RuntimeError
// ("generator raised StopIteration"), as PEP 479 says. (The resume and
// suspend paths are in vm/generator_frames.h.)
void generator_convert_stop(Generator* g);
void generator_type_init();
extern Type generator_type_obj;

// Tracebacks (traceback.cpp): prepends `frame`'s current line to exc's
// traceback.
void traceback_add(Value exc, Frame* frame);
Value recursion_error();

}  // namespace tr::vm
