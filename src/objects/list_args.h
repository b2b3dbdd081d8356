// Argument-count checks for the container and iterator natives, with the
// exact wording CPython 3.11 uses for each calling style: METH_O and
// METH_NOARGS methods name the qualified method ("list.append()"), Argument
// Clinic positional checks name the bare function ("pop expected ...").
#pragma once
#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/str.h"

namespace tr::args {

inline size_t num_kwargs(Tuple* kwnames) { return kwnames ? kwnames->size_ : 0; }

// "list.append() takes no keyword arguments"
inline bool no_kwargs(const char* qualname, Tuple* kwnames) {
  if (num_kwargs(kwnames) == 0) return true;
  raise(&exc::TypeError, "%s() takes no keyword arguments", qualname);
  return false;
}

// METH_O: "list.append() takes exactly one argument (0 given)". nargs
// excludes self.
inline bool exactly_one(const char* qualname, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(qualname, kwnames)) return false;
  if (nargs == 1) return true;
  raise(&exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
  return false;
}

// METH_NOARGS: "list.copy() takes no arguments (1 given)". nargs excludes self.
inline bool no_args(const char* qualname, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(qualname, kwnames)) return false;
  if (nargs == 0) return true;
  raise(&exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
  return false;
}

// Clinic: "insert expected 2 arguments, got 1", "pop expected at most 1
// argument, got 2", "index expected at least 1 argument, got 0".
inline bool positional(const char* name, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    raise(&exc::TypeError, "%s expected %zu argument%s, got %zu", name, min,
          min == 1 ? "" : "s", nargs);
  } else if (nargs < min) {
    raise(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
          min == 1 ? "" : "s", nargs);
  } else {
    raise(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
          max == 1 ? "" : "s", nargs);
  }
  return false;
}

// Does v's class (a Python class) define `name`, e.g. "__radd__"? list and
// tuple + and * raise their own TypeError unless the other operand may
// still answer through its reflected method.
inline bool defines_method(Value v, const char* name) {
  Type* t = type_of(v);
  if (!type_has_flag(t, kTypeHeap)) return false;
  return !type_lookup(t, str_intern(name)).is_null();
}

}  // namespace tr::args
