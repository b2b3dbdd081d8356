// What vm/ needs from the import system (builtins/import.cpp installs it):
// vm/ sits below builtins/, so the dependency is a hook, not an include.
#pragma once
#include "objects/objects.h"

namespace tr::vm {

using ImportHook = Value (*)(Str* name, Dict* globals, Value fromlist, int level);
void set_import_hook(ImportHook hook);
// sys.modules[name] or null (no exception).
Value import_lookup_loaded(Str* name);
void set_loaded_modules(Dict* modules);
// Modules whose code is running (the import system brackets their
// execution): `from m import x` failing on one of them says "partially
// initialized module" as CPython does for circular imports.
void import_begin_initializing(Value module);
void import_end_initializing(Value module);
// sys.stdout for the REPL's expression printing; installed by builtins.
using StdoutHook = Value (*)();
void set_stdout_hook(StdoutHook hook);
Value print_hook_stdout();

}  // namespace tr::vm
