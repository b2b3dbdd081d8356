// Internal to modules/: each native module's init function, registered by
// register_native_modules() (one line per module in native_modules.cpp).
#pragma once
#include "objects/objects.h"

namespace tr::modules {
void register_native_modules();
// Native module initialisers (one file or file group each).
Status math_module_init(Module* m);
Status time_module_init(Module* m);
Status re_module_init(Module* m);  // re_module.cpp: the engine behind lib/re.py
Status random_module_init(Module* m);  // _random (random_module.cpp)
Status posix_module_init(Module* m);   // posix (os_module.cpp, os_process.cpp)
Status io_module_init(Module* m);
Status types_module_init(Module* m);   // _types (types_module.cpp): types.coroutine's code flag      // _io (io_module.cpp, io_stringio.cpp, io_bytesio.cpp)
// The exception being handled (sys.exc_info), from the VM.
Value current_handled_exception();
}  // namespace tr::modules

