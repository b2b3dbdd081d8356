// The `type` type: calling a class, attribute access on classes, type()
// with one or three arguments, and the attributes every class has.
#include <string>

#include "objects/objects.h"
#include "objects/shape.h"
#include "objects/type_internal.h"

namespace tr {
namespace {

Value type_repr(Value v) {
  auto* t = v.as<Type>();
  std::string s = "<class '";
  if (t->module_ && t->module_->view() != "builtins") {
    s += t->module_->view();
    s += '.';
  }
  s += t->qualname_ ? t->qualname_->view() : std::string_view(type_name(t));
  s += "'>";
  return str_value(s);
}

Value type_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  auto* cls = callable.as<Type>();
  if (cls == &type_type && nargs == 1 && (!kw || kw->size_ == 0))
    return Value::object(type_of(args[0]));
  if (!cls->new_)
    return raise(&exc::TypeError, "cannot create '%s' instances", type_name(cls));
  Value obj = cls->new_(cls, args, nargs, kw);
  if (obj.is_null()) return obj;
  Type* ot = type_of(obj);
  if (ot != cls && !is_subtype(ot, cls)) return obj;
  if (ot->init_ && failed(ot->init_(obj, args, nargs, kw))) return Value::null();
  return obj;
}

Value type_new_slot(Type* meta, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 && nargs != 3)
    return raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  if (nargs == 1) return Value::object(type_of(args[0]));
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "type.__new__() argument 1 must be str, not %s",
                 type_name_of(args[0]));
  if (!is_tuple(args[1]))
    return raise(&exc::TypeError, "type.__new__() argument 2 must be tuple, not %s",
                 type_name_of(args[1]));
  if (!is_dict(args[2]))
    return raise(&exc::TypeError, "type.__new__() argument 3 must be dict, not %s",
                 type_name_of(args[2]));
  return type_new_class(meta, args[0].as<Str>(), args[1].as<Tuple>(), args[2].as<Dict>(),
                        args + nargs, kw);
}

Status type_init_slot(Value, const Value*, size_t, Tuple*) { return Status::Ok; }

// ---- `int | str`: types.UnionType ---------------------------------------------
// A union is a tuple of its member types (subclass of tuple), so isinstance()
// and issubclass() take it like a tuple of classes.

Type union_type;

bool union_operand(Value v) {
  return v.is_none() || (v.is_object() && (isinstance_of(v, &type_type) ||
                                           v.as_object()->cls_ == &union_type ||
                                           is_generic_alias(v)));
}

void union_add(RootedValues& out, Value v) {
  if (v.is_object() && v.as_object()->cls_ == &union_type) {
    Tuple* t = v.as<Tuple>();
    for (size_t i = 0; i < t->size_; ++i) union_add(out, t->items_[i]);
    return;
  }
  if (v.is_none()) v = Value::object(&none_type);
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] == v) return;
  out.push_back(v);
}

Value type_binary(BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or) return Value::not_implemented();
  return union_of(a, b);
}

}  // namespace

Value union_of(Value a, Value b) {
  if (!union_operand(a) || !union_operand(b)) return Value::not_implemented();
  RootedValues members;
  union_add(members, a);
  union_add(members, b);
  if (members.size() == 1) return members[0];
  Tuple* t = tuple_new(members.size());
  for (size_t i = 0; i < members.size(); ++i) t->items_[i] = members[i];
  t->cls_ = &union_type;
  return Value::object(t);
}

namespace {

Value union_repr(Value v) {
  Tuple* t = v.as<Tuple>();
  std::string s;
  for (size_t i = 0; i < t->size_; ++i) {
    if (i) s += " | ";
    Value m = t->items_[i];
    if (m.as_object() == &none_type) {
      s += "None";
      continue;
    }
    Value r = repr(m);
    if (r.is_null()) return r;
    std::string_view rv = r.as<Str>()->view();
    // <class 'int'> prints as int inside a union.
    if (rv.substr(0, 8) == "<class '" && rv.size() > 10) rv = rv.substr(8, rv.size() - 10);
    s += rv;
  }
  return str_value(s);
}

Value type_getattr(Value self, Str* name) {
  auto* t = self.as<Type>();
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    meta_get = mt->descr_get_;
    if (meta_get && mt->descr_set_) return meta_get(meta_attr, self, Value::object(meta));
  }
  Value a = type_lookup(t, name);
  if (!a.is_null()) {
    DescrGetFn get = type_of(a)->descr_get_;
    return get ? get(a, Value::null(), self) : a;
  }
  if (!meta_attr.is_null())
    return meta_get ? meta_get(meta_attr, self, Value::object(meta)) : meta_attr;
  if (type_has_flag(meta, kTypeHeap)) {
    Value ga = type_lookup(meta, names::dunder_getattr);
    if (!ga.is_null()) {
      Value arg = Value::object(name);
      return call_bound_special(ga, self, &arg, 1);
    }
  }
  return raise(&exc::AttributeError, "type object '%s' has no attribute '%s'", type_name(t),
               name->data_);
}

bool is_dunder(Str* n) {
  auto v = n->view();
  return v.size() > 4 && v.substr(0, 2) == "__" && v.substr(v.size() - 2) == "__";
}

Status type_setattr(Value self, Str* name, Value v) {
  auto* t = self.as<Type>();
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_null()) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_set_) return mt->descr_set_(meta_attr, self, v);
  }
  if (!type_has_flag(t, kTypeHeap))
    return raise_status(&exc::TypeError,
                        "cannot set '%s' attribute of immutable type '%s'", name->data_,
                        type_name(t));
  if (v.is_null()) {
    int r = dict_del(t->dict_, Value::object(name));
    if (r < 0) return Status::Error;
    if (r == 0)
      return raise_status(&exc::AttributeError, "type object '%s' has no attribute '%s'",
                          type_name(t), name->data_);
  } else if (failed(dict_set_str(t->dict_, name, v))) {
    return Status::Error;
  }
  type_modified(t);
  if (is_dunder(name)) update_heap_slots(t);
  return Status::Ok;
}

// ---- class attributes -------------------------------------------------------

Type* self_type(const Value* args) { return args[0].as<Type>(); }

Value type_get_name(const Value* args, size_t, Tuple*) {
  return Value::object(self_type(args)->name_str_);
}
Value type_set_name(const Value* args, size_t, Tuple*) {
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "can only assign string to %s.__name__, not '%s'",
                 type_name(self_type(args)), type_name_of(args[1]));
  self_type(args)->name_str_ = str_intern(args[1].as<Str>());
  return Value::none();
}
Value type_get_qualname(const Value* args, size_t, Tuple*) {
  Type* t = self_type(args);
  return Value::object(t->qualname_ ? t->qualname_ : t->name_str_);
}
Value type_set_qualname(const Value* args, size_t, Tuple*) {
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "can only assign string to %s.__qualname__, not '%s'",
                 type_name(self_type(args)), type_name_of(args[1]));
  self_type(args)->qualname_ = args[1].as<Str>();
  return Value::none();
}
Value type_get_module(const Value* args, size_t, Tuple*) {
  Type* t = self_type(args);
  if (type_has_flag(t, kTypeHeap)) {
    Value m = dict_get_str(t->dict_, names::dunder_module);
    if (!m.is_null()) return m;
  }
  return Value::object(t->module_ ? t->module_ : names::builtins);
}
Value type_get_bases(const Value* args, size_t, Tuple*) {
  return Value::object(self_type(args)->bases_);
}
Value type_get_base(const Value* args, size_t, Tuple*) {
  Type* b = self_type(args)->base_;
  return b ? Value::object(b) : Value::none();
}
Value type_get_mro(const Value* args, size_t, Tuple*) {
  return Value::object(self_type(args)->mro_);
}
Value type_get_dict(const Value* args, size_t, Tuple*) {
  return Value::object(self_type(args)->dict_);
}
Value type_get_doc(const Value* args, size_t, Tuple*) {
  Value d = dict_get_str(self_type(args)->dict_, names::dunder_doc);
  if (d.is_null()) return Value::none();
  DescrGetFn get = type_of(d)->descr_get_;
  return get ? get(d, Value::null(), args[0]) : d;
}
Value type_mro_method(const Value* args, size_t nargs, Tuple*) {
  Tuple* mro = self_type(args)->mro_;
  List* l = list_new(0);
  for (size_t i = 0; i < mro->size_; ++i)
    if (failed(list_append(l, mro->items_[i]))) return Value::null();
  return Value::object(l);
}
Value type_instancecheck(const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(&exc::TypeError, "__instancecheck__ expects 1 argument");
  return Value::boolean(isinstance_of(args[1], self_type(args)));
}
Value type_subclasscheck(const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2 || !isinstance_of(args[1], &type_type))
    return raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(args[1].as<Type>(), self_type(args)));
}
Value type_prepare(const Value*, size_t, Tuple*) { return Value::object(dict_new()); }

// ---- object's methods ---------------------------------------------------------

Value object_get_class(const Value* args, size_t, Tuple*) {
  return Value::object(type_of(args[0]));
}
Value object_set_class(const Value* args, size_t, Tuple*) {
  Type* old_t = type_of(args[0]);
  if (!isinstance_of(args[1], &type_type))
    return raise(&exc::TypeError, "__class__ must be set to a class, not '%s' object",
                 type_name_of(args[1]));
  Type* nt = args[1].as<Type>();
  if (!type_has_flag(old_t, kTypeHeap) || !type_has_flag(nt, kTypeHeap) ||
      solid_base(old_t) != solid_base(nt) || old_t->instance_size_ != nt->instance_size_)
    return raise(&exc::TypeError, "__class__ assignment only supported for heap types or ModuleType subclasses");
  args[0].as_object()->cls_ = nt;
  return Value::none();
}
Value object_init_subclass(const Value*, size_t, Tuple* kw) {
  if (kw && kw->size_)
    return raise(&exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
                 "object");
  return Value::none();
}
Value object_subclasshook(const Value*, size_t, Tuple*) { return Value::not_implemented(); }
Value object_dir(const Value* args, size_t, Tuple*) {
  Value self = args[0];
  Set* names_set = set_new();
  Type* t = type_of(self);
  if (t->dict_offset_ && !t->slot_names_) {
    Dict* d = instance_dict(self);
    if (d && failed(set_update(names_set, Value::object(d)))) return Value::null();
  }
  Tuple* mro = t->mro_;
  for (size_t i = 0; i < mro->size_; ++i)
    if (failed(set_update(names_set, Value::object(mro->items_[i].as<Type>()->dict_))))
      return Value::null();
  return list_from_iterable(Value::object(names_set));
}
Value object_reduce_ex(const Value* args, size_t, Tuple*) {
  return raise(&exc::TypeError, "cannot pickle '%s' object", type_name_of(args[0]));
}

}  // namespace

Value union_args(const Value* a, size_t, Tuple*) {
  Tuple* t = a[0].as<Tuple>();
  Tuple* r = tuple_new(t->size_);
  for (size_t i = 0; i < t->size_; ++i) r->items_[i] = t->items_[i];
  return Value::object(r);
}

void union_type_init() {
  union_type.repr_ = union_repr;
  union_type.binary_ = type_binary;
  type_ready(&union_type, "UnionType", &tuple_type, sizeof(Tuple), 0);
  add_property(&union_type, "__args__", union_args);
  union_type.module_ = str_intern("types");
}

void type_type_set_slots(Type* t) {
  t->binary_ = type_binary;
  t->repr_ = type_repr;
  t->call_ = type_call;
  t->new_ = type_new_slot;
  t->init_ = type_init_slot;
  t->getattr_ = type_getattr;
  t->setattr_ = type_setattr;
}

void add_object_methods() {
  add_property(&object_type, "__class__", object_get_class, object_set_class);
  static const MethodDef kObjectMethods[] = {
      {"__init_subclass__", object_init_subclass, kNativeClassMethod},
      {"__subclasshook__", object_subclasshook, kNativeClassMethod},
      {"__dir__", object_dir, 0},
      {"__reduce_ex__", object_reduce_ex, 0},
  };
  add_methods(&object_type, kObjectMethods);

  add_property(&type_type, "__name__", type_get_name, type_set_name);
  add_property(&type_type, "__qualname__", type_get_qualname, type_set_qualname);
  add_property(&type_type, "__module__", type_get_module);
  add_property(&type_type, "__bases__", type_get_bases);
  add_property(&type_type, "__base__", type_get_base);
  add_property(&type_type, "__mro__", type_get_mro);
  add_property(&type_type, "__dict__", type_get_dict);
  add_property(&type_type, "__doc__", type_get_doc);
  static const MethodDef kTypeMethods[] = {
      {"mro", type_mro_method, 0},
      {"__subclasses__", type_subclasses_method, 0},
      {"__instancecheck__", type_instancecheck, 0},
      {"__subclasscheck__", type_subclasscheck, 0},
      {"__prepare__", type_prepare, kNativeClassMethod},
  };
  add_methods(&type_type, kTypeMethods);
}

}  // namespace tr
