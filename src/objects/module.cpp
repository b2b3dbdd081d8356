// Module objects: a named namespace dict; attribute access reads the dict.
#include "objects/module.h"

#include <string>

#include "objects/objects.h"

namespace tr {

Type module_type;

Module* module_new_with_dict(Str* name, Dict* dict) {
  auto* m = alloc<Module>(&module_type);
  m->dict_ = dict;
  m->name_ = name;
  return m;
}

Module* module_new(Str* name) {
  Dict* d = dict_new();
  Status s = dict_set_str(d, names::dunder_name, Value::object(name));
  s = dict_set_str(d, names::dunder_doc, Value::none());
  (void)s;
  return module_new_with_dict(name, d);
}

bool is_instance_of_module(Value v) { return v.is_object() && isinstance_of(v, &module_type); }

const char* module_name_utf8(Value module) {
  auto* m = module.as<Module>();
  Value n = dict_get_str(m->dict_, names::dunder_name);
  if (!n.is_null() && is_str(n)) return n.as<Str>()->data_;
  return "?";
}

namespace {

void module_trace(Object* o, Tracer& t) {
  auto* m = static_cast<Module*>(o);
  t.visit(m->dict_);
  t.visit(m->name_);
}

Value module_repr(Value v) {
  auto* m = v.as<Module>();
  std::string s = "<module '";
  s += module_name_utf8(v);
  s += "'";
  Value f = dict_get_str(m->dict_, names::dunder_file);
  if (!f.is_null() && is_str(f)) {
    s += " from '";
    s += f.as<Str>()->view();
    s += "'>";
  } else {
    s += " (built-in)>";
  }
  return str_value(s);
}

Value module_getattr(Value self, Str* name) {
  auto* m = self.as<Module>();
  Value v = dict_get_str(m->dict_, name);
  if (!v.is_null()) return v;
  if (name == names::dunder_dict) return Value::object(m->dict_);
  Value r = generic_getattr(self, name);
  if (!r.is_null() || !error_matches(&exc::AttributeError)) return r;
  error_clear();
  // PEP 562: a module-level __getattr__.
  Value hook = dict_get_str(m->dict_, names::dunder_getattr);
  if (!hook.is_null()) return call1(hook, Value::object(name));
  return raise(&exc::AttributeError, "module '%s' has no attribute '%s'", module_name_utf8(self),
               name->data_);
}

Status module_setattr(Value self, Str* name, Value v) {
  auto* m = self.as<Module>();
  if (v.is_null()) {
    int r = dict_del(m->dict_, Value::object(name));
    if (r < 0) return Status::Error;
    if (r == 0)
      return raise_status(&exc::AttributeError, "module '%s' has no attribute '%s'",
                          module_name_utf8(self), name->data_);
    return Status::Ok;
  }
  return dict_set_str(m->dict_, name, v);
}

Value module_new_slot(Type* cls, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"name", "doc"};
  Value out[2];
  if (!parse_args("module", args, nargs, kw, kNames, 2, 1, out)) return Value::null();
  if (!is_str(out[0])) return raise(&exc::TypeError, "module.__init__() argument 1 must be str");
  Module* m = module_new(out[0].as<Str>());
  if (!out[1].is_null()) {
    Status s = dict_set_str(m->dict_, names::dunder_doc, out[1]);
    (void)s;
  }
  return Value::object(m);
}

}  // namespace

void module_type_init() {
  module_type.gc_trace_ = module_trace;
  module_type.repr_ = module_repr;
  module_type.getattr_ = module_getattr;
  module_type.setattr_ = module_setattr;
  module_type.new_ = module_new_slot;
  type_ready(&module_type, "module", nullptr, sizeof(Module), kTypeBaseType);
}

}  // namespace tr
