// Callables other than the VM's own call path: native functions and their
// argument binding, bound methods, cells, staticmethod, classmethod and
// property. (Calling a Python Function is installed by vm/.)
#include "objects/function.h"

#include <cstddef>
#include <cstdio>
#include <string>

#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {

Type function_type, native_function_type, method_type, cell_type, staticmethod_type,
    classmethod_type, property_type;

// ---------------------------------------------------------------------------
// Argument checking for natives

bool check_no_kwargs(const char* fname, Tuple* kwnames) {
  if (kwnames && kwnames->size_) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0)
      raise(&exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == 1)
      raise(&exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else
      raise(&exc::TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
  } else if (nargs < min) {
    raise(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
          min == 1 ? "" : "s", nargs);
  } else {
    raise(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
          max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                const char* const* names, size_t nparams, size_t nrequired, Value* out) {
  for (size_t i = 0; i < nparams; ++i) out[i] = Value::null();
  if (nargs > nparams) {
    if (nparams == nrequired)
      raise(&exc::TypeError, "%s() takes exactly %zu positional argument%s (%zu given)", fname,
            nparams, nparams == 1 ? "" : "s", nargs);
    else
      raise(&exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nparams,
            nparams == 1 ? "" : "s", nargs);
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  size_t nkw = kwnames ? kwnames->size_ : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Str* kw = kwnames->items_[k].as<Str>();
    size_t idx = nparams;
    for (size_t i = 0; i < nparams; ++i) {
      if (names[i] && kw->view() == names[i]) { idx = i; break; }
    }
    if (idx == nparams) {
      raise(&exc::TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw->data_);
      return false;
    }
    if (!out[idx].is_null()) {
      raise(&exc::TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
            kw->data_, idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  for (size_t i = 0; i < nrequired; ++i) {
    if (out[i].is_null()) {
      if (names[i])
        raise(&exc::TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i],
              i + 1);
      else
        raise(&exc::TypeError, "%s() takes at least %zu positional argument%s (%zu given)",
              fname, nrequired, nrequired == 1 ? "" : "s", nargs);
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Native functions

NativeFunction* native_new(const char* name, NativeFn fn, uint32_t flags, Value self,
                           Type* owner) {
  auto* f = alloc<NativeFunction>(&native_function_type);
  f->name_ = name;
  f->fn_ = fn;
  f->flags_ = flags;
  f->self_ = self;
  f->owner_ = owner;
  return f;
}

namespace {

Value native_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* f = callable.as<NativeFunction>();
  if ((f->flags_ & kNativeNoKeywords) && kwnames && kwnames->size_) {
    return raise(&exc::TypeError, "%s() takes no keyword arguments", f->name_);
  }
  if (f->self_.is_null()) {
    if ((f->flags_ & kNativeMethod) && nargs == 0) {
      return raise(&exc::TypeError, "unbound method %s.%s() needs an argument",
                   f->owner_ ? type_name(f->owner_) : "?", f->name_);
    }
    // An unbound method called directly (str.upper(x)) must get its type.
    if ((f->flags_ & kNativeMethod) && f->owner_ && !isinstance_of(args[0], f->owner_)) {
      return raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                   f->name_, type_name(f->owner_), type_name_of(args[0]));
    }
    return f->fn_(args, nargs, kwnames);
  }
  size_t total = nargs + (kwnames ? kwnames->size_ : 0);
  Value small[16];
  Value* buf = small;
  RootedValues big;
  if (total + 1 > 16) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = f->self_;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return f->fn_(buf, nargs + 1, kwnames);
}

Value native_descr_get(Value descr, Value obj, Value owner) {
  auto* f = descr.as<NativeFunction>();
  if (!f->self_.is_null()) return descr;
  if (f->flags_ & kNativeClassMethod) {
    Value cls = owner.is_null() ? Value::object(type_of(obj)) : owner;
    return Value::object(native_new(f->name_, f->fn_, f->flags_, cls, f->owner_));
  }
  if (!(f->flags_ & kNativeMethod) || obj.is_null()) return descr;
  return Value::object(native_new(f->name_, f->fn_, f->flags_, obj, f->owner_));
}

Value native_repr(Value v) {
  auto* f = v.as<NativeFunction>();
  char buf[256];
  if (!f->self_.is_null() && !(f->flags_ & kNativeClassMethod) && !is_instance_of_module(f->self_)) {
    std::snprintf(buf, sizeof buf, "<built-in method %s of %s object at %p>", f->name_,
                  type_name_of(f->self_), static_cast<void*>(f->self_.as_object()));
  } else if (f->owner_ && f->self_.is_null()) {
    std::snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", f->name_, type_name(f->owner_));
  } else {
    std::snprintf(buf, sizeof buf, "<built-in function %s>", f->name_);
  }
  return str_value(buf);
}

void native_trace(Object* o, Tracer& t) {
  auto* f = static_cast<NativeFunction*>(o);
  t.visit(f->self_);
  t.visit(f->owner_);
}

Value native_get_name(const Value* args, size_t, Tuple*) {
  return Value::object(str_new(args[0].as<NativeFunction>()->name_));
}
Value native_get_self(const Value* args, size_t, Tuple*) {
  Value s = args[0].as<NativeFunction>()->self_;
  return s.is_null() ? Value::none() : s;
}

}  // namespace

void add_methods(Type* t, const MethodDef* defs, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    uint32_t flags = defs[i].flags;
    if (!(flags & (kNativeStaticMethod | kNativeClassMethod))) flags |= kNativeMethod;
    NativeFunction* f = native_new(defs[i].name, defs[i].fn, flags, Value::null(), t);
    Status s = dict_set_str(t->dict_, str_intern(defs[i].name), Value::object(f));
    (void)s;
  }
  type_modified(t);
}

void add_function(Dict* d, const char* name, NativeFn fn, uint32_t flags) {
  NativeFunction* f = native_new(name, fn, flags);
  Status s = dict_set_str(d, str_intern(name), Value::object(f));
  (void)s;
}

void add_property(Type* t, const char* name, NativeFn getter, NativeFn setter) {
  auto* p = alloc<Property>(&property_type);
  p->getter_ = Value::object(native_new(name, getter, kNativeMethod, Value::null(), t));
  p->setter_ = setter ? Value::object(native_new(name, setter, kNativeMethod, Value::null(), t))
                      : Value::null();
  p->deleter_ = Value::null();
  p->doc_ = Value::none();
  p->name_ = str_intern(name);
  Status s = dict_set_str(t->dict_, p->name_, Value::object(p));
  (void)s;
}

// ---------------------------------------------------------------------------
// Bound methods

Value bound_method_new(Value func, Value self) {
  auto* m = alloc<BoundMethod>(&method_type);
  m->func_ = func;
  m->self_ = self;
  return Value::object(m);
}

namespace {

Value method_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* m = callable.as<BoundMethod>();
  size_t total = nargs + (kwnames ? kwnames->size_ : 0);
  Value small[16];
  Value* buf = small;
  RootedValues big;
  if (total + 1 > 16) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self_;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(m->func_, buf, nargs + 1, kwnames);
}

void method_trace(Object* o, Tracer& t) {
  auto* m = static_cast<BoundMethod*>(o);
  t.visit(m->func_);
  t.visit(m->self_);
}

Value method_repr(Value v) {
  auto* m = v.as<BoundMethod>();
  Value qn = getattr_opt(m->func_, names::dunder_qualname);
  if (qn.is_null() && error_pending()) return qn;
  std::string name = qn.is_null() || !is_str(qn) ? "?" : std::string(qn.as<Str>()->view());
  Value r = repr(m->self_);
  if (r.is_null()) return r;
  return str_value("<bound method " + name + " of " + std::string(r.as<Str>()->view()) + ">");
}

Value method_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &method_type)
    return Value::not_implemented();
  auto* x = a.as<BoundMethod>();
  auto* y = b.as<BoundMethod>();
  bool eq = x->self_ == y->self_;
  if (eq) {
    int e = equals(x->func_, y->func_);
    if (e < 0) return Value::null();
    eq = e;
  }
  return Value::boolean(op == CompareOp::Eq ? eq : !eq);
}

int64_t method_hash(Value v) {
  auto* m = v.as<BoundMethod>();
  int64_t a = hash_value(m->func_);
  if (a == -1) return -1;
  int64_t h = a ^ static_cast<int64_t>(m->self_.bits() >> 4);
  return h == -1 ? -2 : h;
}

Value method_getattr(Value self, Str* name) {
  auto* m = self.as<BoundMethod>();
  if (name == names::dunder_self) return m->self_;
  if (name == names::dunder_func) return m->func_;
  Value v = generic_getattr(self, name);
  if (!v.is_null() || !error_matches(&exc::AttributeError)) return v;
  error_clear();
  return getattr(m->func_, name);
}

// ---------------------------------------------------------------------------
// Cells

void cell_trace(Object* o, Tracer& t) { t.visit(static_cast<Cell*>(o)->value_); }

Value cell_get_contents(const Value* args, size_t, Tuple*) {
  Value v = args[0].as<Cell>()->value_;
  if (v.is_null()) return raise(&exc::ValueError, "Cell is empty");
  return v;
}

// ---------------------------------------------------------------------------
// staticmethod / classmethod

void wrapper_trace(Object* o, Tracer& t) { t.visit(static_cast<StaticMethod*>(o)->func_); }

Value staticmethod_new(Type* cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("staticmethod", kw) || !check_nargs("staticmethod", nargs, 1, 1))
    return Value::null();
  auto* s = static_cast<StaticMethod*>(alloc_object(cls));
  s->func_ = args[0];
  return Value::object(s);
}

Value staticmethod_get(Value descr, Value, Value) { return descr.as<StaticMethod>()->func_; }

Value staticmethod_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  return call(callable.as<StaticMethod>()->func_, args, nargs, kw);
}

Value classmethod_new(Type* cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("classmethod", kw) || !check_nargs("classmethod", nargs, 1, 1))
    return Value::null();
  auto* s = static_cast<ClassMethod*>(alloc_object(cls));
  s->func_ = args[0];
  return Value::object(s);
}

Value classmethod_get(Value descr, Value obj, Value owner) {
  Value cls = owner.is_null() ? Value::object(type_of(obj)) : owner;
  return bound_method_new(descr.as<ClassMethod>()->func_, cls);
}

Value wrapped_func_getter(const Value* args, size_t, Tuple*) {
  return args[0].as<StaticMethod>()->func_;
}

Value wrapper_getattr(Value self, Str* name) {
  Value v = generic_getattr(self, name);
  if (!v.is_null() || !error_matches(&exc::AttributeError)) return v;
  if (name == names::dunder_doc || name == names::dunder_name ||
      name == names::dunder_qualname || name == names::dunder_isabstractmethod) {
    error_clear();
    return getattr(self.as<StaticMethod>()->func_, name);
  }
  return v;
}

// ---------------------------------------------------------------------------
// property

void property_trace(Object* o, Tracer& t) {
  auto* p = static_cast<Property*>(o);
  t.visit(p->getter_);
  t.visit(p->setter_);
  t.visit(p->deleter_);
  t.visit(p->doc_);
  t.visit(p->name_);
}

Status property_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Value out[4];
  if (!parse_args("property", args, nargs, kw, kNames, 4, 0, out)) return Status::Error;
  auto* p = self.as<Property>();
  p->getter_ = out[0].is_none() ? Value::null() : out[0];
  p->setter_ = out[1].is_none() ? Value::null() : out[1];
  p->deleter_ = out[2].is_none() ? Value::null() : out[2];
  p->doc_ = out[3].is_null() ? Value::none() : out[3];
  if (p->doc_.is_none() && !p->getter_.is_null()) {
    Value d = getattr_opt(p->getter_, names::dunder_doc);
    if (d.is_null() && error_pending()) return Status::Error;
    if (!d.is_null()) p->doc_ = d;
  }
  return Status::Ok;
}

Value property_get(Value descr, Value obj, Value owner) {
  auto* p = descr.as<Property>();
  if (obj.is_null()) return descr;
  if (p->getter_.is_null()) {
    Value n = p->name_ ? Value::object(p->name_) : Value::null();
    if (!n.is_null())
      return raise(&exc::AttributeError, "property '%s' of '%s' object has no getter",
                   p->name_->data_, type_name_of(obj));
    return raise(&exc::AttributeError, "unreadable attribute");
  }
  return call1(p->getter_, obj);
}

Status property_set(Value descr, Value obj, Value v) {
  auto* p = descr.as<Property>();
  Value fn = v.is_null() ? p->deleter_ : p->setter_;
  if (fn.is_null()) {
    const char* what = v.is_null() ? "deleter" : "setter";
    if (p->name_)
      return raise_status(&exc::AttributeError, "property '%s' of '%s' object has no %s",
                          p->name_->data_, type_name_of(obj), what);
    return raise_status(&exc::AttributeError, v.is_null() ? "can't delete attribute"
                                                           : "can't set attribute");
  }
  Value r = v.is_null() ? call1(fn, obj) : call2(fn, obj, v);
  return r.is_null() ? Status::Error : Status::Ok;
}

Value property_copy_with(Value self, int which, Value fn) {
  auto* p = self.as<Property>();
  auto* q = static_cast<Property*>(alloc_object(type_of(self)));
  q->getter_ = which == 0 ? fn : p->getter_;
  q->setter_ = which == 1 ? fn : p->setter_;
  q->deleter_ = which == 2 ? fn : p->deleter_;
  q->doc_ = p->doc_;
  q->name_ = p->name_;
  return Value::object(q);
}

Value property_getter(const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs("getter", n - 1, 1, 1)) return Value::null();
  return property_copy_with(a[0], 0, a[1]);
}
Value property_setter(const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs("setter", n - 1, 1, 1)) return Value::null();
  return property_copy_with(a[0], 1, a[1]);
}
Value property_deleter(const Value* a, size_t n, Tuple* kw) {
  if (!check_nargs("deleter", n - 1, 1, 1)) return Value::null();
  return property_copy_with(a[0], 2, a[1]);
}
Value property_set_name(const Value* a, size_t n, Tuple* kw) {
  if (n == 3 && is_str(a[2])) a[0].as<Property>()->name_ = a[2].as<Str>();
  return Value::none();
}
Value property_fget(const Value* a, size_t, Tuple*) {
  Value v = a[0].as<Property>()->getter_;
  return v.is_null() ? Value::none() : v;
}
Value property_doc(const Value* a, size_t, Tuple*) { return a[0].as<Property>()->doc_; }

}  // namespace

Cell* cell_new(Value v) {
  auto* c = alloc<Cell>(&cell_type);
  c->value_ = v;
  return c;
}

void python_function_type_init();  // function_object.cpp

void function_types_init() {
  python_function_type_init();
  native_function_type.call_ = native_call;
  native_function_type.descr_get_ = native_descr_get;
  native_function_type.repr_ = native_repr;
  native_function_type.gc_trace_ = native_trace;
  type_ready(&native_function_type, "builtin_function_or_method", nullptr,
             sizeof(NativeFunction), 0);
  add_property(&native_function_type, "__name__", native_get_name);
  add_property(&native_function_type, "__qualname__", native_get_name);
  add_property(&native_function_type, "__self__", native_get_self);

  method_type.call_ = method_call;
  method_type.gc_trace_ = method_trace;
  method_type.repr_ = method_repr;
  method_type.compare_ = method_compare;
  method_type.hash_ = method_hash;
  method_type.getattr_ = method_getattr;
  type_ready(&method_type, "method", nullptr, sizeof(BoundMethod), 0);

  cell_type.gc_trace_ = cell_trace;
  type_ready(&cell_type, "cell", nullptr, sizeof(Cell), 0);
  add_property(&cell_type, "cell_contents", cell_get_contents);

  staticmethod_type.gc_trace_ = wrapper_trace;
  staticmethod_type.new_ = staticmethod_new;
  staticmethod_type.descr_get_ = staticmethod_get;
  staticmethod_type.call_ = staticmethod_call;
  staticmethod_type.getattr_ = wrapper_getattr;
  type_ready(&staticmethod_type, "staticmethod", nullptr, sizeof(StaticMethod), kTypeBaseType);
  add_property(&staticmethod_type, "__func__", wrapped_func_getter);

  classmethod_type.gc_trace_ = wrapper_trace;
  classmethod_type.new_ = classmethod_new;
  classmethod_type.descr_get_ = classmethod_get;
  classmethod_type.getattr_ = wrapper_getattr;
  type_ready(&classmethod_type, "classmethod", nullptr, sizeof(ClassMethod), kTypeBaseType);
  add_property(&classmethod_type, "__func__", wrapped_func_getter);

  property_type.gc_trace_ = property_trace;
  property_type.init_ = property_init;
  property_type.descr_get_ = property_get;
  property_type.descr_set_ = property_set;
  type_ready(&property_type, "property", nullptr, sizeof(Property), kTypeBaseType);
  static const MethodDef kPropertyMethods[] = {
      {"getter", property_getter, 0},
      {"setter", property_setter, 0},
      {"deleter", property_deleter, 0},
      {"__set_name__", property_set_name, 0},
  };
  add_methods(&property_type, kPropertyMethods);
  add_property(&property_type, "fget", property_fget);
  add_property(&property_type, "__doc__", property_doc);
}

}  // namespace tr
