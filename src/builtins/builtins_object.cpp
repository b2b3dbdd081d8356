// Object-introspection builtins: getattr, setattr, hasattr, delattr,
// callable, hash, id, isinstance, issubclass and dir (vars is in
// builtins_vm.cpp, beside locals).
#include "builtins/builtins_internal.h"
#include "vm/vm.h"

namespace tr {
namespace {

bool is_type(Value v) {
  return v.is_object() && type_has_flag(v.as_object()->cls_, kTypeTypeSubclass);
}

// X | Y (types.UnionType) lives above objects/: recognised by its type name,
// its members read from __args__.
bool is_union(Value v) {
  return v.is_object() && std::string_view(type_name_of(v)) == "UnionType";
}

// Attribute names are interned: instance dicts and caches compare by identity
// first, and a name built at run time (split, concatenation) is a fresh Str.
Str* attr_name(Value v) {
  if (is_str(v)) return str_intern(v.as<Str>());
  raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name_of(v));
  return nullptr;
}

// ---------------------------------------------------------------------------
// Attributes

Value builtin_getattr(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("getattr", kw) || !check_nargs("getattr", nargs, 2, 3)) return Value::null();
  Str* name = attr_name(args[1]);
  if (!name) return Value::null();
  if (nargs == 2) return getattr(args[0], name);
  Value v = getattr_opt(args[0], name);
  if (v.is_null() && !error_pending()) return args[2];
  return v;
}

Value builtin_hasattr(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("hasattr", kw) || !check_nargs("hasattr", nargs, 2, 2)) return Value::null();
  Str* name = attr_name(args[1]);
  if (!name) return Value::null();
  Value v = getattr_opt(args[0], name);
  if (v.is_null()) return error_pending() ? v : Value::false_();
  return Value::true_();
}

Value builtin_setattr(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("setattr", kw) || !check_nargs("setattr", nargs, 3, 3)) return Value::null();
  Str* name = attr_name(args[1]);
  if (!name || failed(setattr(args[0], name, args[2]))) return Value::null();
  return Value::none();
}

Value builtin_delattr(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("delattr", kw) || !check_nargs("delattr", nargs, 2, 2)) return Value::null();
  Str* name = attr_name(args[1]);
  if (!name || failed(delattr(args[0], name))) return Value::null();
  return Value::none();
}

// ---------------------------------------------------------------------------
// callable, hash, id

Value builtin_callable(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("callable", kw) || !check_nargs("callable", nargs, 1, 1))
    return Value::null();
  return Value::boolean(is_callable(args[0]));
}

Value builtin_hash(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("hash", kw) || !check_nargs("hash", nargs, 1, 1)) return Value::null();
  int64_t h = hash_value(args[0]);
  if (h == -1) return Value::null();
  return int_from_i64(h);
}

// An object's id is its address; values stored in the Value itself (small
// ints, floats, None...) use their bits, which are equally unique and stable.
Value builtin_id(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("id", kw) || !check_nargs("id", nargs, 1, 1)) return Value::null();
  return int_from_u64(args[0].bits());
}

// ---------------------------------------------------------------------------
// isinstance / issubclass

constexpr int kMaxClassNesting = 1000;

int class_check(Value obj, Value cls, bool subclass, int depth) {
  if (depth > kMaxClassNesting) {
    raise(&exc::RecursionError, "maximum recursion depth exceeded in %s",
          subclass ? "__subclasscheck__" : "__instancecheck__");
    return -1;
  }
  if (is_type(cls) && type_of(cls) == &type_type) {
    if (!subclass) return isinstance_of(obj, cls.as<Type>());
    if (!is_type(obj)) {
      raise(&exc::TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(obj.as<Type>(), cls.as<Type>());
  }
  if (is_union(cls)) {
    Value members = getattr(cls, str_intern("__args__"));
    if (members.is_null()) return -1;
    cls = members;
  }
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (size_t i = 0; i < t->size_; ++i) {
      int r = class_check(obj, t->items_[i], subclass, depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  if (is_type(cls)) {
    // A metaclass may define __instancecheck__ / __subclasscheck__.
    bool found;
    Value r = call_type_special(
        cls, subclass ? names::dunder_subclasscheck : names::dunder_instancecheck, &obj, 1, &found);
    if (found) return r.is_null() ? -1 : truthy(r);
    if (!subclass) return isinstance_of(obj, cls.as<Type>());
    if (!is_type(obj)) {
      raise(&exc::TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(obj.as<Type>(), cls.as<Type>());
  }
  {
    // Any object whose class defines __instancecheck__ / __subclasscheck__
    // may stand as the second argument (ABCs' proxies, generic aliases).
    bool found;
    Value r = call_type_special(
        cls, subclass ? names::dunder_subclasscheck : names::dunder_instancecheck, &obj, 1, &found);
    if (found) return r.is_null() ? -1 : truthy(r);
  }
  if (subclass) {
    if (!is_type(obj))
      raise(&exc::TypeError, "issubclass() arg 1 must be a class");
    else
      raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  } else {
    raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  return -1;
}

Value builtin_isinstance(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("isinstance", kw) || !check_nargs("isinstance", nargs, 2, 2))
    return Value::null();
  int r = class_check(args[0], args[1], false, 0);
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value builtin_issubclass(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("issubclass", kw) || !check_nargs("issubclass", nargs, 2, 2))
    return Value::null();
  int r = class_check(args[0], args[1], true, 0);
  return r < 0 ? Value::null() : Value::boolean(r);
}

// ---------------------------------------------------------------------------
// dir

// A class's dir(): the names in its own and its bases' dicts (not the
// metaclass's, which type.__dir__ in CPython leaves out too).
Value type_dir(Type* t) {
  Set* s = set_new();
  for (size_t i = 0; i < t->mro_->size_; ++i) {
    Dict* d = t->mro_->items_[i].as<Type>()->dict_;
    if (d && failed(set_update(s, Value::object(d)))) return Value::null();
  }
  return list_from_iterable(Value::object(s));
}

Value builtin_dir(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("dir", kw) || !check_nargs("dir", nargs, 0, 1)) return Value::null();
  Value names;
  if (nargs == 0) {
    Value locals = vm::current_locals();
    if (locals.is_null()) return locals;
    names = list_from_iterable(locals);
  } else {
    Value obj = args[0];
    if (is_type(obj) && !type_has_flag(type_of(obj), kTypeHeap)) {
      names = type_dir(obj.as<Type>());
    } else if (is_instance_of_module(obj) && !type_has_flag(type_of(obj), kTypeHeap)) {
      Value d = getattr(obj, names::dunder_dict);
      if (d.is_null()) return d;
      names = list_from_iterable(d);
    } else {
      bool found;
      Value r = call_type_special(obj, str_intern("__dir__"), nullptr, 0, &found);
      if (!found) return raise(&exc::TypeError, "object does not provide __dir__");
      if (r.is_null()) return r;
      names = list_from_iterable(r);
    }
  }
  if (names.is_null()) return names;
  if (failed(list_sort(names.as<List>(), Value::null(), false))) return Value::null();
  return names;
}

}  // namespace

void add_object_builtins(Dict* d) {
  add_function(d, "getattr", builtin_getattr);
  add_function(d, "hasattr", builtin_hasattr);
  add_function(d, "setattr", builtin_setattr);
  add_function(d, "delattr", builtin_delattr);
  add_function(d, "callable", builtin_callable);
  add_function(d, "hash", builtin_hash);
  add_function(d, "id", builtin_id);
  add_function(d, "isinstance", builtin_isinstance);
  add_function(d, "issubclass", builtin_issubclass);
  add_function(d, "dir", builtin_dir);
}

}  // namespace tr
