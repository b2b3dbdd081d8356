// vm/'s side of the hooks that the layers above install (imports, stdout),
// and vm_init, which installs the interpreter into the object model.
#include "vm/frame.h"
#include "vm/inline_cache.h"
#include "vm/import_hook.h"
#include "vm/vm.h"

namespace tr::vm {
namespace {

Dict* g_loaded_modules = nullptr;
StdoutHook g_stdout_hook = nullptr;

void scan_hooks(Tracer& t, void*) { t.visit(g_loaded_modules); }

}  // namespace

void set_loaded_modules(Dict* modules) { g_loaded_modules = modules; }

Value import_lookup_loaded(Str* name) {
  if (!g_loaded_modules) return Value::null();
  Value v = dict_get_str(g_loaded_modules, name);
  if (v.is_null()) error_clear();
  return v;
}

void set_stdout_hook(StdoutHook hook) { g_stdout_hook = hook; }

Value print_hook_stdout() { return g_stdout_hook ? g_stdout_hook() : Value::none(); }

void vm_init() {
  static bool done = false;
  if (done) return;
  done = true;
  ts();
  gc::add_root_scanner(scan_hooks, nullptr);
  function_type.call_ = call_function;
  generator_type_init();
  traceback_type();
  inline_cache_init();
}


}  // namespace tr::vm
