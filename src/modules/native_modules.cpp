// The table of native modules: one registration line per module file.
#include "modules/native_modules.h"

#include "builtins/builtins_vm.h"
#include "vm/frame.h"

namespace tr::modules {

Value current_handled_exception() { return vm::ts().handled_exc; }

void register_native_modules() {
  register_native_module("math", math_module_init);
  register_native_module("time", time_module_init);
  register_native_module("_re", re_module_init);
  register_native_module("_random", random_module_init);
  register_native_module("posix", posix_module_init);
  register_native_module("_io", io_module_init);
  register_native_module("_types", types_module_init);
}

}  // namespace tr::modules
