// Internals shared by the builtins/ files: each file adds its functions to
// the builtins dict, and a few helpers they have in common.
#pragma once
#include "objects/objects.h"

namespace tr {

// One per file, called by builtins_dict() in this order.
void add_numeric_builtins(Dict* d);  // builtins_numeric.cpp: abs, divmod, pow, round, sum, bin...
void add_text_builtins(Dict* d);     // builtins_text.cpp: chr, ord, ascii, repr, format
void add_iter_builtins(Dict* d);  // builtins_iter.cpp: iter, next, len, all, any, max, min, sorted
void add_object_builtins(
    Dict* d);                    // builtins_object.cpp: getattr, isinstance, hash, id, vars, dir...
void add_io_builtins(Dict* d);   // builtins_io.cpp: print, input
void add_open_builtin(Dict* d);  // builtins_open.cpp: open
void add_site_builtins(Dict* d);  // builtins_site.cpp: exit, quit, breakpoint

// Calls the special method `name` found on type(self) (not on the instance),
// bound to self; null without an exception when the type has none.
Value call_type_special(Value self, Str* name, const Value* args, size_t nargs, bool* found);

}  // namespace tr
