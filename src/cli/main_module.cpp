// Creating the __main__ module and running source in it, for the entry
// points that cannot go through run_main_source (-m needs __package__, the
// REPL runs one statement at a time in the same namespace).
#include "cli/main_module.h"

#include "modules/modules.h"
#include "vm/vm.h"

namespace tr::cli {

compiler::Options compile_options(bool hausa, bool repl) {
  compiler::Options opts;
  opts.repl = repl;
  // The one place the command line picks parse options: -m, -i and every
  // REPL statement compile through here.
  opts.parse.hausa_keywords = hausa;
  return opts;
}

Module* new_main_module(const std::string* file, Value package) {
  Module* m = module_new(names::dunder_main);
  (void)dict_set_str(m->dict_, names::dunder_builtins, Value::object(vm::default_builtins()));
  if (file) (void)dict_set_str(m->dict_, names::dunder_file, str_value(*file));
  (void)dict_set_str(m->dict_, names::dunder_loader, Value::none());
  (void)dict_set_str(m->dict_, names::dunder_spec, Value::none());
  (void)dict_set_str(m->dict_, names::dunder_package, package);
  (void)dict_set_str(modules::sys_modules(), names::dunder_main, Value::object(m));
  return m;
}

Module* current_main_module() {
  Value m = dict_get_str(modules::sys_modules(), names::dunder_main);
  if (m.is_null()) {
    error_clear();
    return nullptr;
  }
  return is_instance_of_module(m) ? m.as<Module>() : nullptr;
}

Value run_in_module(std::string_view source, std::string_view filename, Module* m,
                    syntax::ParseMode mode, const compiler::Options& opts) {
  bytecode::Code* code = compiler::compile_source(source, filename, mode, opts);
  if (!code) return Value::null();
  return vm::run_code(code, m->dict_, nullptr);
}

}  // namespace tr::cli
