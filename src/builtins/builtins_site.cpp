// The builtins CPython's `site` module adds for interactive use and that
// scripts rely on: exit() and quit() (Quitter objects raising SystemExit), and breakpoint(),
// which does nothing here (there is no debugger to enter).
#include <string>

#include "builtins/builtins_internal.h"

namespace tr {
namespace {

// exit and quit are _sitebuiltins.Quitter instances, as in CPython: their
// repr tells an interactive user how to leave; calling one raises
// SystemExit(code).
struct Quitter : Object {
  Str* name_;
};

Type quitter_type;

void quitter_trace(Object* o, Tracer& t) { t.visit(static_cast<Quitter*>(o)->name_); }

Value quitter_repr(Value self) {
  return str_value("Use " + std::string(self.as<Quitter>()->name_->view()) +
                   "() or Ctrl-D (i.e. EOF) to exit");
}

Value quitter_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"code"};
  Value code[1];
  if (nargs > 1)
    return raise(&exc::TypeError,
                 "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                 nargs + 1);
  if (!parse_args("__call__", args, nargs, kw, kNames, 1, 0, code)) return Value::null();
  Tuple* exc_args = tuple_pack({code[0].is_null() ? Value::none() : code[0]});
  Value e = exception_new(&exc::SystemExit, exc_args);
  if (!e.is_null()) error_restore(e);
  return Value::null();
}

Value quitter_name(const Value* a, size_t, Tuple*) {
  return Value::object(a[0].as<Quitter>()->name_);
}
Value quitter_eof(const Value*, size_t, Tuple*) { return str_value("Ctrl-D (i.e. EOF)"); }

Value make_quitter(const char* name) {
  auto* q = alloc<Quitter>(&quitter_type);
  q->name_ = str_intern(name);
  return Value::object(q);
}

Value builtin_breakpoint(const Value*, size_t, Tuple*) {
  return Value::none();
}

}  // namespace

void add_site_builtins(Dict* d) {
  if (!quitter_type.name_) {
    gc::Pause pause;
    quitter_type.gc_trace_ = quitter_trace;
    quitter_type.repr_ = quitter_repr;
    quitter_type.call_ = quitter_call;
    type_ready(&quitter_type, "Quitter", nullptr, sizeof(Quitter), 0);
    quitter_type.module_ = str_intern("_sitebuiltins");
    add_property(&quitter_type, "name", quitter_name);
    add_property(&quitter_type, "eof", quitter_eof);
  }
  (void)dict_set_str(d, str_intern("exit"), make_quitter("exit"));
  (void)dict_set_str(d, str_intern("quit"), make_quitter("quit"));
  add_function(d, "breakpoint", builtin_breakpoint);
}

}  // namespace tr
