// Shared set-up for the GoogleTest unit tests: starts the runtime once
// (object model, VM, builtins, sys) so tests can create and run Python values.
#pragma once
#include <pthread.h>

#include "builtins/builtins.h"
#include "builtins/builtins_vm.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "vm/vm.h"

namespace tr::test {

inline void ensure_runtime() {
  static bool done = false;
  if (done) return;
  done = true;
  // The conservative stack scan needs the top of this thread's stack.
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    gc::set_stack_base(static_cast<char*>(addr) + size);
  }
  objects_init();
  vm::vm_init();
  builtins_init();
  add_vm_builtins(builtins_dict());
  vm::set_default_builtins(builtins_dict());
  modules::SysConfig config;
  config.argv.push_back("unit_tests");
  modules::modules_init(config);
}

}  // namespace tr::test
