// Internal to modules/: each native module's init function, registered by
// register_native_modules() (one line per module in native_modules.cpp).
#pragma once
#include "objects/objects.h"

namespace tr::modules {
void register_native_modules();
// The exception being handled (sys.exc_info), from the VM.
Value current_handled_exception();
}  // namespace tr::modules

