// Exception instances: BaseException's layout, shared by every built-in and
// user-defined exception class.
#pragma once
#include "objects/containers.h"

namespace tr {

struct BaseExceptionObj : Object {
  Dict* dict_;          // instance attributes (user subclasses, OSError...)
  Tuple* args_;
  Value traceback_;     // a vm Traceback object or None
  Value cause_;         // __cause__ (None when unset)
  Value context_;       // __context__
  bool suppress_context_;
  // StopIteration.value, SystemExit.code, KeyError etc. keep their value in
  // args_; ImportError.name, SyntaxError fields, OSError.errno live in dict_.
};

bool is_exception_instance(Value v);
bool is_exception_class(Value v);
// Builds an instance of exception class `t` with args; null + error on failure.
Value exception_new(Type* t, Tuple* args);
// str(exc) as Python prints it after the colon in a traceback.
Value exception_str(Value exc);

void exceptions_init();  // readies every exc:: type

}  // namespace tr
