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
  // Classes with attributes of their own (StopIteration.value, OSError.errno,
  // SyntaxError.lineno, ...) keep them in Value fields after this struct;
  // aux_ holds how many (exceptions_internal.h).
};

bool is_exception_instance(Value v);
bool is_exception_class(Value v);
// Builds an instance of exception class `t` with args; null + error on failure.
Value exception_new(Type* t, Tuple* args);
// str(exc) as Python prints it after the colon in a traceback.
Value exception_str(Value exc);

void exceptions_init();  // readies every exc:: type

// PEP 654 groups (exceptions_group.cpp). ExceptionGroup is a class made at
// start-up (its bases are BaseExceptionGroup and Exception); `except*` takes
// groups apart with their split() method.
extern Type base_exception_group_type;
Type* exception_group_type();
// except* (PEP 654), for the VM. Matching one clause: `type` is checked
// (TypeError for non-exceptions and for group types), then `exc` (what is
// left unhandled, or None) splits into the matching part and the rest; a
// naked exception that matches arrives wrapped in a group. Both parts are
// None when absent. False with an exception pending on error.
bool exception_star_match(Value exc, Value type, Value* match, Value* rest);
// After the clauses: what to raise given the original exception and the
// list of what each clause raised plus the unhandled rest (None entries
// ignored); None when everything was handled, null on error.
Value exception_star_reraise(Value orig, List* raised_or_none);

}  // namespace tr
