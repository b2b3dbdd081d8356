// Frames and the thread state: each frame is a window of the one VM register
// stack; Python->Python calls push a Frame and stay in the same C++ loop.
#pragma once
#include "bytecode/code.h"
#include "objects/objects.h"

namespace tr::vm {

struct Generator;

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
  uint32_t instr_index() const {
    return static_cast<uint32_t>(pc - code->instrs_);
  }
};

// Generators own a heap copy of their frame window between resumptions.
struct Generator : Object {
  bytecode::Code* code_;
  Function* func_;
  Value* saved_regs_;      // malloc'd copy of the window, traced
  uint32_t num_regs_;
  uint32_t resume_index_;  // instruction to resume at
  Dict* globals_;
  Dict* builtins_;
  Str* name_;
  Str* qualname_;
  Value handled_exc_;      // the generator's own "exception being handled"
  Value return_value_;     // a non-None return value not yet taken, or null
  uint8_t state_;          // GenState
  bool loop_owned_;        // only a `for` loop refers to it: closed when the loop is left
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

// Generators (generator.cpp).
Value generator_new(Function* func, bytecode::Code* code, Value* regs);
// Marks a generator's frame as finished (returned or raised out).
void generator_finished(Generator* g);
// Saves the window and resume point of a generator frame at a yield.
void generator_suspend(Generator* g, Frame* f, const bytecode::Instr* pc);
void generator_type_init();
extern Type generator_type_obj;

// Tracebacks (traceback.cpp): prepends `frame`'s current line to exc's
// traceback.
void traceback_add(Value exc, Frame* frame);
Value recursion_error();

}  // namespace tr::vm
