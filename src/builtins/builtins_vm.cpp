// Builtins that need the interpreter: __build_class__, super, exec, eval,
// compile, globals, locals and vars().
#include <string>

#include "builtins/builtins_vm.h"
#include "compiler/compiler.h"
#include "objects/type_internal.h"
#include "vm/vm.h"

namespace tr {
namespace {

// ---------------------------------------------------------------------------
// __build_class__

Type* most_derived_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (size_t i = 0; i < bases->size_; ++i) {
    Type* bt = type_of(bases->items_[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) { winner = bt; continue; }
    raise(&exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// PEP 560: a base that is not a class but has __mro_entries__(bases) is
// replaced by the classes it returns (`class C(list[int])` derives from
// list). Returns `bases` itself when nothing was replaced.
Tuple* resolve_mro_entries(Tuple* bases) {
  RootedValues out;
  bool changed = false;
  for (size_t i = 0; i < bases->size_; ++i) {
    Value b = bases->items_[i];
    if (isinstance_of(b, &type_type)) {
      out.push_back(b);
      continue;
    }
    Value entries = getattr_opt(b, str_intern("__mro_entries__"));
    if (entries.is_null()) {
      if (error_pending()) return nullptr;
      out.push_back(b);
      continue;
    }
    Value r = call1(entries, Value::object(bases));
    if (r.is_null()) return nullptr;
    if (!is_tuple(r)) {
      raise(&exc::TypeError, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    Tuple* t = r.as<Tuple>();
    for (size_t j = 0; j < t->size_; ++j) out.push_back(t->items_[j]);
    changed = true;
  }
  if (!changed) return bases;
  Tuple* result = tuple_new(out.size());
  for (size_t i = 0; i < out.size(); ++i) result->items_[i] = out[i];
  return result;
}

Value build_class(const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) return raise(&exc::TypeError, "__build_class__: not enough arguments");
  if (type_of(args[0]) != &function_type)
    return raise(&exc::TypeError, "__build_class__: func must be a function");
  if (!is_str(args[1])) return raise(&exc::TypeError, "__build_class__: name is not a string");
  Function* body = args[0].as<Function>();
  Value name = args[1];
  Tuple* orig_bases = tuple_new(nargs - 2);
  for (size_t i = 2; i < nargs; ++i) orig_bases->items_[i - 2] = args[i];
  Tuple* bases = resolve_mro_entries(orig_bases);
  if (!bases) return Value::null();
  // Keyword arguments: metaclass= is ours, the rest go to the metaclass.
  Value meta;
  size_t nkw = kwnames ? kwnames->size_ : 0;
  RootedValues kwvals;
  RootedValues kwkeys;
  for (size_t k = 0; k < nkw; ++k) {
    Str* kn = kwnames->items_[k].as<Str>();
    if (kn->view() == "metaclass") meta = args[nargs + k];
    else {
      kwkeys.push_back(Value::object(kn));
      kwvals.push_back(args[nargs + k]);
    }
  }
  Tuple* rest_names = nullptr;
  if (kwkeys.size()) {
    rest_names = tuple_new(kwkeys.size());
    for (size_t i = 0; i < kwkeys.size(); ++i) rest_names->items_[i] = kwkeys[i];
  }
  bool meta_is_class = true;
  if (meta.is_null()) {
    meta = bases->size_ ? Value::object(type_of(bases->items_[0])) : Value::object(&type_type);
  } else {
    meta_is_class = isinstance_of(meta, &type_type);
  }
  if (meta_is_class) {
    Type* m = most_derived_metaclass(meta.as<Type>(), bases);
    if (!m) return Value::null();
    meta = Value::object(m);
  }
  // namespace = meta.__prepare__(name, bases, **kwds)
  Value ns;
  Value prepare = getattr_opt(meta, names::dunder_prepare);
  if (prepare.is_null() && error_pending()) return prepare;
  if (!prepare.is_null()) {
    RootedValues pargs;
    pargs.push_back(name);
    pargs.push_back(Value::object(bases));
    for (size_t i = 0; i < kwvals.size(); ++i) pargs.push_back(kwvals[i]);
    ns = call(prepare, pargs.data(), 2, rest_names);
    if (ns.is_null()) return ns;
  } else {
    ns = Value::object(dict_new());
  }
  if (!is_dict(ns))
    return raise(&exc::TypeError, "%s.__prepare__() must return a mapping, not %s",
                 meta_is_class ? type_name(meta.as<Type>()) : "<metaclass>", type_name_of(ns));
  Value r = vm::run_class_body(body, ns.as<Dict>());
  if (r.is_null()) return r;
  if (bases != orig_bases &&
      failed(setitem(ns, Value::object(str_intern("__orig_bases__")), Value::object(orig_bases))))
    return Value::null();
  RootedValues margs;
  margs.push_back(name);
  margs.push_back(Value::object(bases));
  margs.push_back(ns);
  for (size_t i = 0; i < kwvals.size(); ++i) margs.push_back(kwvals[i]);
  return call(meta, margs.data(), 3, rest_names);
}

// ---------------------------------------------------------------------------
// super

struct Super : Object {
  Type* type_;      // the class whose MRO successor we start after
  Value obj_;       // the instance (or class) bound, may be null
  Type* obj_type_;  // type(obj) or obj itself when obj is a class
};

Type super_type_obj;

void super_trace(Object* o, Tracer& t) {
  auto* s = static_cast<Super*>(o);
  t.visit(s->type_);
  t.visit(s->obj_);
  t.visit(s->obj_type_);
}

Type* super_check(Type* type, Value obj) {
  if (isinstance_of(obj, &type_type) && is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
  if (isinstance_of(obj, type)) return type_of(obj);
  raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

Status super_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("super", kw)) return Status::Error;
  auto* s = self.as<Super>();
  Value type, obj;
  if (nargs == 0) {
    if (!vm::current_super_args(&type, &obj)) return Status::Error;
  } else {
    type = args[0];
    obj = nargs > 1 ? args[1] : Value::null();
    if (obj.is_none()) obj = Value::null();
  }
  if (!isinstance_of(type, &type_type))
    return raise_status(&exc::TypeError, "super() argument 1 must be a type, not %s",
                        type_name_of(type));
  s->type_ = type.as<Type>();
  s->obj_ = obj;
  if (!obj.is_null()) {
    s->obj_type_ = super_check(s->type_, obj);
    if (!s->obj_type_) return Status::Error;
  }
  return Status::Ok;
}

Value super_new(Type* cls, const Value*, size_t, Tuple*) {
  return Value::object(alloc_object(cls));
}

Value super_getattr(Value self, Str* name) {
  auto* s = self.as<Super>();
  if (s->obj_type_ && name != names::dunder_class) {
    Tuple* mro = s->obj_type_->mro_;
    size_t i = 0;
    while (i < mro->size_ && mro->items_[i].as<Type>() != s->type_) ++i;
    for (++i; i < mro->size_; ++i) {
      Dict* d = mro->items_[i].as<Type>()->dict_;
      Value v = dict_get_str(d, name);
      if (v.is_null()) continue;
      DescrGetFn get = type_of(v)->descr_get_;
      if (!get) return v;
      Value inst = s->obj_ == Value::object(s->obj_type_) ? Value::null() : s->obj_;
      return get(v, inst, Value::object(s->obj_type_));
    }
  }
  return generic_getattr(self, name);
}

Value super_repr(Value self) {
  auto* s = self.as<Super>();
  std::string r = "<super: <class '";
  r += type_name(s->type_);
  r += "'>, ";
  if (s->obj_type_) {
    r += "<";
    r += type_name(s->obj_type_);
    r += " object>>";
  } else {
    r += "NULL>";
  }
  return str_value(r);
}

// ---------------------------------------------------------------------------
// exec / eval / compile

bool resolve_namespaces(const char* fname, const Value* args, size_t nargs, Dict** globals,
                        Value* locals) {
  Value g = nargs > 1 ? args[1] : Value::none();
  Value l = nargs > 2 ? args[2] : Value::none();
  if (!g.is_none() && !is_dict(g)) {
    raise(&exc::TypeError, "%s() globals must be a dict, not %s", fname, type_name_of(g));
    return false;
  }
  if (g.is_none()) {
    *globals = vm::current_globals();
    if (!*globals) *globals = dict_new();
    if (l.is_none()) {
      l = vm::current_locals();
      if (l.is_null()) return false;
    }
  } else {
    *globals = g.as<Dict>();
  }
  if (dict_get_str(*globals, names::dunder_builtins).is_null() &&
      failed(dict_set_str(*globals, names::dunder_builtins,
                          Value::object(vm::default_builtins()))))
    return false;
  *locals = l.is_none() ? Value::object(*globals) : l;
  return true;
}

Value source_text(const char* fname, Value src, std::string* out) {
  if (is_str(src)) {
    *out = std::string(src.as<Str>()->view());
    return src;
  }
  if (isinstance_of(src, &bytes_type)) {
    *out = std::string(src.as<Bytes>()->view());
    return src;
  }
  return raise(&exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
}

Value run_source(const char* fname, const Value* args, size_t nargs, syntax::ParseMode mode) {
  if (nargs < 1 || nargs > 3)
    return raise(&exc::TypeError, "%s expected at most 3 arguments, got %zu", fname, nargs);
  Dict* globals;
  Value locals;
  if (!resolve_namespaces(fname, args, nargs, &globals, &locals)) return Value::null();
  if (!is_dict(locals)) return raise(&exc::TypeError, "locals must be a mapping");
  bytecode::Code* code;
  if (type_of(args[0]) == &code_type) {
    code = args[0].as<bytecode::Code>();
  } else {
    std::string text;
    if (source_text(fname, args[0], &text).is_null()) return Value::null();
    if (mode == syntax::ParseMode::Eval) {
      size_t b = text.find_first_not_of(" \t");
      text = b == std::string::npos ? std::string() : text.substr(b);
    }
    compiler::Options opts;
    opts.name_ops_at_module_level = true;
    code = compiler::compile_source(text, "<string>", mode, opts);
    if (!code) return Value::null();
  }
  Value r = vm::run_code(code, globals, locals.as<Dict>());
  if (r.is_null()) return r;
  return mode == syntax::ParseMode::Eval ? r : Value::none();
}

Value builtin_exec(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("exec", kw)) return Value::null();
  return run_source("exec", args, nargs, syntax::ParseMode::File);
}

Value builtin_eval(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("eval", kw)) return Value::null();
  return run_source("eval", args, nargs, syntax::ParseMode::Eval);
}

Value builtin_compile(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                       "optimize"};
  Value a[6];
  if (!parse_args("compile", args, nargs, kw, kNames, 6, 3, a)) return Value::null();
  std::string text;
  if (source_text("compile", a[0], &text).is_null()) return Value::null();
  if (!is_str(a[1]) || !is_str(a[2]))
    return raise(&exc::TypeError, "compile() arguments 2 and 3 must be str");
  std::string_view mode = a[2].as<Str>()->view();
  syntax::ParseMode pm;
  if (mode == "exec") pm = syntax::ParseMode::File;
  else if (mode == "eval") pm = syntax::ParseMode::Eval;
  else if (mode == "single") pm = syntax::ParseMode::Single;
  else return raise(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  compiler::Options opts;
  opts.name_ops_at_module_level = true;
  opts.repl = pm == syntax::ParseMode::Single;
  bytecode::Code* code = compiler::compile_source(text, a[1].as<Str>()->view(), pm, opts);
  return code ? Value::object(code) : Value::null();
}

Value builtin_globals(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("globals", nargs, 0, 0)) return Value::null();
  Dict* g = vm::current_globals();
  return g ? Value::object(g) : Value::none();
}

Value builtin_locals(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("locals", nargs, 0, 0)) return Value::null();
  return vm::current_locals();
}

Value builtin_vars(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("vars", nargs, 0, 1)) return Value::null();
  if (nargs == 0) return vm::current_locals();
  Value d = getattr_opt(args[0], names::dunder_dict);
  if (d.is_null()) {
    if (error_pending()) return d;
    return raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

}  // namespace

Type& super_type_ref() { return super_type_obj; }

void add_vm_builtins(Dict* d) {
  super_type_obj.gc_trace_ = super_trace;
  super_type_obj.new_ = super_new;
  super_type_obj.init_ = super_init;
  super_type_obj.getattr_ = super_getattr;
  super_type_obj.repr_ = super_repr;
  type_ready(&super_type_obj, "super", nullptr, sizeof(Super), kTypeBaseType);
  (void)dict_set_str(d, str_intern("super"), Value::object(&super_type_obj));
  add_function(d, "__build_class__", build_class);
  add_function(d, "exec", builtin_exec);
  add_function(d, "eval", builtin_eval);
  add_function(d, "compile", builtin_compile);
  add_function(d, "globals", builtin_globals);
  add_function(d, "locals", builtin_locals);
  add_function(d, "vars", builtin_vars);
}

}  // namespace tr
