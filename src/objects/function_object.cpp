// Python function objects as values: binding to instances, repr, and the
// __name__/__defaults__/... attributes. Calling them is vm/'s job.
#include <cstdio>
#include <string>

#include "objects/objects.h"

namespace tr {
namespace {

void function_trace(Object* o, Tracer& t) {
  auto* f = static_cast<Function*>(o);
  t.visit(f->code_);
  t.visit(f->globals_);
  t.visit(f->builtins_);
  t.visit(f->defaults_);
  t.visit(f->kwdefaults_);
  t.visit(f->closure_);
  t.visit(f->name_);
  t.visit(f->qualname_);
  t.visit(f->module_);
  t.visit(f->doc_);
  t.visit(f->annotations_);
  t.visit(f->dict_);
}

Value function_descr_get(Value descr, Value obj, Value owner) {
  if (obj.is_null()) return descr;
  return bound_method_new(descr, obj);
}

Value function_repr(Value v) {
  auto* f = v.as<Function>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(f));
  return str_value("<function " + std::string(f->qualname_->view()) + buf);
}

Function* self_fn(const Value* args) { return args[0].as<Function>(); }

Value fn_get_name(const Value* a, size_t, Tuple*) { return Value::object(self_fn(a)->name_); }
Value fn_set_name(const Value* a, size_t, Tuple*) {
  if (!is_str(a[1])) return raise(&exc::TypeError, "__name__ must be set to a string object");
  self_fn(a)->name_ = a[1].as<Str>();
  return Value::none();
}
Value fn_get_qualname(const Value* a, size_t, Tuple*) {
  return Value::object(self_fn(a)->qualname_);
}
Value fn_set_qualname(const Value* a, size_t, Tuple*) {
  if (!is_str(a[1])) return raise(&exc::TypeError, "__qualname__ must be set to a string object");
  self_fn(a)->qualname_ = a[1].as<Str>();
  return Value::none();
}
Value fn_get_doc(const Value* a, size_t, Tuple*) { return self_fn(a)->doc_; }
Value fn_set_doc(const Value* a, size_t, Tuple*) {
  self_fn(a)->doc_ = a[1].is_null() ? Value::none() : a[1];
  return Value::none();
}
Value fn_get_module(const Value* a, size_t, Tuple*) { return self_fn(a)->module_; }
Value fn_set_module(const Value* a, size_t, Tuple*) {
  self_fn(a)->module_ = a[1].is_null() ? Value::none() : a[1];
  return Value::none();
}
Value fn_get_defaults(const Value* a, size_t, Tuple*) {
  Tuple* d = self_fn(a)->defaults_;
  return d ? Value::object(d) : Value::none();
}
Value fn_set_defaults(const Value* a, size_t, Tuple*) {
  if (a[1].is_null() || a[1].is_none()) { self_fn(a)->defaults_ = nullptr; return Value::none(); }
  if (!is_tuple(a[1])) return raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
  self_fn(a)->defaults_ = a[1].as<Tuple>();
  return Value::none();
}
Value fn_get_kwdefaults(const Value* a, size_t, Tuple*) {
  Dict* d = self_fn(a)->kwdefaults_;
  return d ? Value::object(d) : Value::none();
}
Value fn_set_kwdefaults(const Value* a, size_t, Tuple*) {
  if (a[1].is_null() || a[1].is_none()) { self_fn(a)->kwdefaults_ = nullptr; return Value::none(); }
  if (!is_dict(a[1])) return raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
  self_fn(a)->kwdefaults_ = a[1].as<Dict>();
  return Value::none();
}
Value fn_get_code(const Value* a, size_t, Tuple*) { return Value::object(self_fn(a)->code_); }
Value fn_get_globals(const Value* a, size_t, Tuple*) {
  return Value::object(self_fn(a)->globals_);
}
Value fn_get_closure(const Value* a, size_t, Tuple*) {
  Tuple* c = self_fn(a)->closure_;
  return c ? Value::object(c) : Value::none();
}
Value fn_get_annotations(const Value* a, size_t, Tuple*) {
  Function* f = self_fn(a);
  if (!f->annotations_) f->annotations_ = dict_new();
  return Value::object(f->annotations_);
}
Value fn_set_annotations(const Value* a, size_t, Tuple*) {
  if (a[1].is_null() || a[1].is_none()) { self_fn(a)->annotations_ = nullptr; return Value::none(); }
  if (!is_dict(a[1])) return raise(&exc::TypeError, "__annotations__ must be set to a dict object");
  self_fn(a)->annotations_ = a[1].as<Dict>();
  return Value::none();
}
Value fn_get_builtins(const Value* a, size_t, Tuple*) {
  Dict* b = self_fn(a)->builtins_;
  return b ? Value::object(b) : Value::none();
}

}  // namespace

void python_function_type_init() {
  function_type.gc_trace_ = function_trace;
  function_type.descr_get_ = function_descr_get;
  function_type.repr_ = function_repr;
  // Object and Function both hold fields, so Function is not standard
  // layout and offsetof is only "conditionally supported"; GCC and Clang
  // support it for this single-inheritance case.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  function_type.dict_offset_ = offsetof(Function, dict_);
#pragma GCC diagnostic pop
  type_ready(&function_type, "function", nullptr, sizeof(Function), 0);
  add_property(&function_type, "__name__", fn_get_name, fn_set_name);
  add_property(&function_type, "__qualname__", fn_get_qualname, fn_set_qualname);
  add_property(&function_type, "__doc__", fn_get_doc, fn_set_doc);
  add_property(&function_type, "__module__", fn_get_module, fn_set_module);
  add_property(&function_type, "__defaults__", fn_get_defaults, fn_set_defaults);
  add_property(&function_type, "__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults);
  add_property(&function_type, "__code__", fn_get_code);
  add_property(&function_type, "__globals__", fn_get_globals);
  add_property(&function_type, "__closure__", fn_get_closure);
  add_property(&function_type, "__annotations__", fn_get_annotations, fn_set_annotations);
  add_property(&function_type, "__builtins__", fn_get_builtins);
}

}  // namespace tr
