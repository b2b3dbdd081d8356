// The builtins CPython's `site` module adds for interactive use and that
// scripts rely on: exit() and quit() (raise SystemExit), and breakpoint(),
// which does nothing here (there is no debugger to enter).
#include "builtins/builtins_internal.h"

namespace tr {
namespace {

Value quitter(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"code"};
  Value code[1];
  if (nargs > 1)
    return raise(&exc::TypeError,
                 "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                 nargs + 1);
  if (!parse_args(name, args, nargs, kw, kNames, 1, 0, code)) return Value::null();
  Tuple* exc_args = tuple_pack({code[0].is_null() ? Value::none() : code[0]});
  Value e = exception_new(&exc::SystemExit, exc_args);
  if (!e.is_null()) error_restore(e);
  return Value::null();
}

Value builtin_exit(const Value* a, size_t n, Tuple* kw) {
  return quitter("exit", a, n, kw);
}
Value builtin_quit(const Value* a, size_t n, Tuple* kw) {
  return quitter("quit", a, n, kw);
}

Value builtin_breakpoint(const Value*, size_t, Tuple*) {
  return Value::none();
}

}  // namespace

void add_site_builtins(Dict* d) {
  add_function(d, "exit", builtin_exit);
  add_function(d, "quit", builtin_quit);
  add_function(d, "breakpoint", builtin_breakpoint);
}

}  // namespace tr
