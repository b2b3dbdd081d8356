// vm/: the register-bytecode interpreter — frames on one contiguous VM stack,
// calls, exceptions and tracebacks, generators. The public header.
#pragma once
#include <string>

#include "bytecode/code.h"
#include "objects/objects.h"

namespace tr::vm {

// Installs the interpreter into the object model (function calls,
// generators). Call once after objects_init().
void vm_init();

// Runs a module (or exec'd) code object. `locals` null means the globals.
// Returns the code's result, or null with the exception pending.
Value run_code(bytecode::Code* code, Dict* globals, Dict* locals = nullptr);

// Calls a Python function (the call slot of function objects).
Value call_function(Value func, const Value* args, size_t nargs, Tuple* kwnames);

// Runs a class body function with `ns` as its locals mapping.
Value run_class_body(Function* body, Dict* ns);

// anext(iterator, default): an awaitable driving `awaitable` (what
// __anext__() returned) that turns StopAsyncIteration into `dflt`.
Value anext_awaitable_new(Value awaitable, Value dflt);
// `await x`'s iterator (for the interpreter and builtins); null with
// TypeError pending when x is not awaitable.
Value get_awaitable(Value x);

// The value a finished generator returned (its StopIteration value), taken
// once; None when `it` is not a generator or returned None.
Value generator_take_return(Value it);

// A `for` loop whose iterable expression was a call owns the iterator it got:
// nothing else refers to a generator that was fresh at that point. Leaving the
// loop early (break, return, an exception) closes it at once, as CPython's
// reference counting does. Errors from close are reported as unraisable.
void generator_mark_loop_owned(Value it);
void generator_close_loop_owned(Value it);

// CPython's report of an exception nobody can catch (a finalizer's error):
// "Exception ignored in: <repr of obj>" and the traceback, on stderr. Takes
// the pending exception.
void write_unraisable(Value obj);

// The builtins dict used by code whose globals have no __builtins__.
void set_default_builtins(Dict* builtins);
Dict* default_builtins();

// The innermost Python frame's globals / locals (for globals(), locals(),
// exec/eval without explicit namespaces). Null if no Python frame runs.
Dict* current_globals();
Value current_locals();  // a dict snapshot for function frames
struct Frame;
Value frame_locals(Frame* f);  // the same for any live frame
// For zero-argument super(): the first argument and the __class__ cell of the
// innermost function frame; false with RuntimeError pending when unavailable.
bool current_super_args(Value* type_out, Value* self_out);

// Frame objects (frame_object.cpp): snapshots of VM frames for
// sys._getframe(depth) (ValueError when the stack is not that deep) and for
// tracebacks' tb_frame.
Value frame_snapshot(int64_t depth);
Value frame_object_new(bytecode::Code* code, Dict* globals, Dict* builtins, uint32_t lineno,
                       uint32_t lasti, Value locals, Value back);

// Recursion limit (sys.getrecursionlimit / setrecursionlimit).
int recursion_limit();
void set_recursion_limit(int limit);

// Prints `exc` with its chained causes/contexts and tracebacks in CPython's
// format to sys.stderr.
void print_exception(Value exc);
// The same text as a string.
std::string format_exception(Value exc);
// Where print_exception writes (builtins installs sys.stderr); default: fd 2.
using StderrWriter = void (*)(const std::string& text);
void set_stderr_writer(StderrWriter w);
// Line-number/name info for traceback objects (used by the traceback module).
Type* traceback_type();

// Counters printed by --stats (opcode executions), when compiled in.
void print_stats();

}  // namespace tr::vm
