// The builtins module: every builtin function, type and constant, in one dict
// that each module's globals fall back to. builtins/ sits above vm/ and below
// cli/; stdio.h (sys.stdout and friends) is the folder's other public header.
#pragma once
#include "objects/containers.h"

namespace tr {

// The dict of the builtins module, created and filled on first use: None,
// True, ..., the built-in types, the exception classes, and the functions.
Dict* builtins_dict();
// Fills builtins_dict() (idempotent); call after objects_init(). The
// VM-facing builtins (super, exec, eval, globals, locals, vars,
// __build_class__) are added by add_vm_builtins (builtins_vm.h).
void builtins_init();

}  // namespace tr
