// Raising and inspecting Python exceptions from C++. An operation that fails
// sets the pending exception here and returns null / Status::Error / -1; its
// caller propagates that until the VM unwinds to a handler.
#pragma once
#include <cstdarg>

#include "objects/type.h"

namespace tr {

// The built-in exception hierarchy (objects/exceptions.cpp).
namespace exc {
extern Type BaseException, Exception, ArithmeticError, ZeroDivisionError,
    OverflowError, FloatingPointError, AssertionError, AttributeError,
    LookupError, IndexError, KeyError, NameError, UnboundLocalError, TypeError,
    ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
    RuntimeError, RecursionError, NotImplementedError, StopIteration,
    StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
    ImportError, ModuleNotFoundError, OSError, FileNotFoundError,
    FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError,
    EOFError, MemoryError, SyntaxError, IndentationError, TabError,
    BufferError, LookupError, Warning, UserWarning, DeprecationWarning,
    RuntimeWarning, SyntaxWarning, FutureWarning, PendingDeprecationWarning,
    ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
    EncodingWarning, ReferenceError, SystemError, TimeoutError,
    ConnectionError, BrokenPipeError, ChildProcessError, ProcessLookupError,
    InterruptedError, BlockingIOError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, EnvironmentError,
    UnicodeTranslateError;
}  // namespace exc

// Sets the pending exception to `t(message)` and returns Value::null(), so a
// failing function can `return raise(&exc::TypeError, "...")`.
// Message formatting is printf's; use type_name_of(v) for "'%s' object ...".
Value raise(Type* t, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Value raise_str(Type* t, Str* message);
// Raises an existing exception instance (or instantiates a class with no args).
Value raise_value(Value exc_or_type);
// The same, returning Status::Error.
Status raise_status(Type* t, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// KeyError(key): message is repr(key) as CPython prints it.
Value raise_key_error(Value key);
// StopIteration(value) for generator returns.
Value raise_stop_iteration(Value value);
// MemoryError for oversized requests.
Value raise_memory_error();

bool error_pending();
// Takes the pending exception (an instance), leaving none pending.
Value error_fetch();
// Makes `exc` (an instance) pending again.
void error_restore(Value exc);
// Is the pending exception an instance of `t`?
bool error_matches(const Type* t);
void error_clear();
// The pending exception without taking it (null when none).
Value error_peek();

}  // namespace tr
