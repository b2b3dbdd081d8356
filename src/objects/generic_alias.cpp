// generic_alias.cpp — types.GenericAlias: what subscripting a built-in
// generic class gives (`list[int]`, `dict[str, T]`, `type[X]`). It keeps the
// origin and the arguments, prints as written, substitutes type variables
// when subscripted again, calls through to the origin and forwards other
// attribute lookups to it, as CPython's does.
#include <string>

#include "objects/init_internal.h"
#include "objects/iterators.h"
#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {

Type generic_alias_type;

namespace {

struct GenericAlias : Object {
  Value origin_;
  Tuple* args_;
  Tuple* parameters_;  // computed on first use, then kept
};

GenericAlias* as_alias(Value v) { return v.as<GenericAlias>(); }

void alias_trace(Object* o, Tracer& t) {
  auto* a = static_cast<GenericAlias*>(o);
  t.visit(a->origin_);
  t.visit(a->args_);
  t.visit(a->parameters_);
}

bool is_alias(Value v) { return v.is_object() && type_of(v) == &generic_alias_type; }
bool is_type(Value v) { return v.is_object() && isinstance_of(v, &type_type); }

// A type variable (typing.TypeVar, ParamSpec, TypeVarTuple) is what may be
// substituted; typing marks them with __typing_subst__ in 3.11, and ours by
// their class name.
bool is_type_variable(Value v) {
  if (!v.is_object() || is_type(v)) return false;
  std::string_view n = type_name(type_of(v));
  return n == "TypeVar" || n == "ParamSpec" || n == "TypeVarTuple";
}

// The repr of one argument: classes by (module-qualified) name, `...`,
// lists in brackets, anything else by repr().
bool arg_repr(std::string& out, Value v) {
  if (v.is_ellipsis()) {
    out += "...";
    return true;
  }
  if (is_list(v)) {
    List* l = v.as<List>();
    out += '[';
    for (size_t i = 0; i < l->size_; ++i) {
      if (i) out += ", ";
      if (!arg_repr(out, l->items_[i])) return false;
    }
    out += ']';
    return true;
  }
  if (is_type(v) && !is_alias(v)) {
    Type* t = v.as<Type>();
    Value mod = getattr_opt(v, names::dunder_module);
    if (mod.is_null() && error_pending()) return false;
    Value qual = getattr_opt(v, str_intern("__qualname__"));
    if (qual.is_null() && error_pending()) return false;
    std::string q = is_str(qual) ? std::string(qual.as<Str>()->view()) : type_name(t);
    if (is_str(mod) && mod.as<Str>()->view() != "builtins") {
      out += mod.as<Str>()->view();
      out += '.';
    }
    out += q;
    return true;
  }
  Value r = repr(v);
  if (r.is_null()) return false;
  out += r.as<Str>()->view();
  return true;
}

Value alias_repr(Value self) {
  GenericAlias* a = as_alias(self);
  std::string s;
  if (!arg_repr(s, a->origin_)) return Value::null();
  s += '[';
  if (a->args_->size_ == 0) s += "()";
  for (size_t i = 0; i < a->args_->size_; ++i) {
    if (i) s += ", ";
    if (!arg_repr(s, a->args_->items_[i])) return Value::null();
  }
  s += ']';
  return str_value(s);
}

void add_unique(RootedValues& out, Value v) {
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] == v) return;
  out.push_back(v);
}

// The type variables among the arguments, nested aliases' included, in order
// of first appearance.
Value parameters_of(GenericAlias* a) {
  if (a->parameters_) return Value::object(a->parameters_);
  RootedValues params;
  for (size_t i = 0; i < a->args_->size_; ++i) {
    Value arg = a->args_->items_[i];
    if (is_type_variable(arg)) {
      add_unique(params, arg);
    } else if (arg.is_object() && !is_type(arg)) {
      Value inner = getattr_opt(arg, str_intern("__parameters__"));
      if (inner.is_null() && error_pending()) return inner;
      if (!inner.is_null() && is_tuple(inner)) {
        Tuple* t = inner.as<Tuple>();
        for (size_t j = 0; j < t->size_; ++j) add_unique(params, t->items_[j]);
      }
    }
  }
  Tuple* t = tuple_new(params.size());
  for (size_t i = 0; i < params.size(); ++i) t->items_[i] = params[i];
  a->parameters_ = t;
  return Value::object(t);
}

Tuple* as_args_tuple(Value args) {
  return is_tuple(args) ? args.as<Tuple>() : tuple_pack({args});
}

// alias[items]: each type variable replaced by its item, nested aliases
// subscripted with theirs.
Value alias_getitem(Value self, Value items) {
  GenericAlias* a = as_alias(self);
  Value pv = parameters_of(a);
  if (pv.is_null()) return pv;
  Tuple* params = pv.as<Tuple>();
  if (params->size_ == 0) {
    std::string r = repr_utf8(self);
    return raise(&exc::TypeError, "%s is not a generic class", r.c_str());
  }
  Tuple* subs = as_args_tuple(items);
  if (subs->size_ != params->size_) {
    std::string r = repr_utf8(self);
    return raise(&exc::TypeError, "Too %s arguments for %s; actual %zu, expected %zu",
                 subs->size_ > params->size_ ? "many" : "few", r.c_str(), subs->size_,
                 params->size_);
  }
  Tuple* out = tuple_new(a->args_->size_);
  for (size_t i = 0; i < out->size_; ++i) out->items_[i] = Value::none();
  for (size_t i = 0; i < a->args_->size_; ++i) {
    Value arg = a->args_->items_[i];
    Value v = arg;
    if (is_type_variable(arg)) {
      for (size_t j = 0; j < params->size_; ++j)
        if (params->items_[j] == arg) v = subs->items_[j];
    } else if (arg.is_object() && !is_type(arg)) {
      Value inner = getattr_opt(arg, str_intern("__parameters__"));
      if (inner.is_null() && error_pending()) return inner;
      if (!inner.is_null() && is_tuple(inner) && inner.as<Tuple>()->size_) {
        Tuple* ip = inner.as<Tuple>();
        Tuple* isubs = tuple_new(ip->size_);
        for (size_t k = 0; k < ip->size_; ++k) {
          isubs->items_[k] = ip->items_[k];
          for (size_t j = 0; j < params->size_; ++j)
            if (params->items_[j] == ip->items_[k]) isubs->items_[k] = subs->items_[j];
        }
        v = getitem(arg, Value::object(isubs));
        if (v.is_null()) return v;
      }
    }
    out->items_[i] = v;
  }
  return generic_alias_new(a->origin_, Value::object(out));
}

// Calling the alias makes an instance of the origin, remembering the alias in
// __orig_class__ when the instance takes attributes.
Value alias_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value r = call(as_alias(self)->origin_, args, nargs, kw);
  if (r.is_null()) return r;
  if (failed(setattr(r, str_intern("__orig_class__"), self))) {
    if (!error_matches(&exc::AttributeError) && !error_matches(&exc::TypeError))
      return Value::null();
    error_clear();
  }
  return r;
}

// Attributes of the alias itself; every other name is the origin's.
Value alias_getattr(Value self, Str* name) {
  static const char* const kOwn[] = {
      "__origin__",     "__args__",   "__parameters__", "__mro_entries__", "__class__",
      "__reduce_ex__",  "__reduce__", "__copy__",       "__deepcopy__",    "__unpacked__",
      "__instancecheck__", "__subclasscheck__", "__typing_unpacked_tuple_args__"};
  for (const char* own : kOwn)
    if (name->view() == own) return generic_getattr(self, name);
  return getattr(as_alias(self)->origin_, name);
}

Value alias_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_alias(a) || !is_alias(b))
    return Value::not_implemented();
  int eq = equals(as_alias(a)->origin_, as_alias(b)->origin_);
  if (eq > 0) eq = equals(Value::object(as_alias(a)->args_), Value::object(as_alias(b)->args_));
  if (eq < 0) return Value::null();
  return Value::boolean((eq == 1) == (op == CompareOp::Eq));
}

int64_t alias_hash(Value self) {
  int64_t h0 = hash_value(as_alias(self)->origin_);
  if (h0 == -1) return -1;
  int64_t h1 = hash_value(Value::object(as_alias(self)->args_));
  if (h1 == -1) return -1;
  int64_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

// `list[int] | None` is a types.UnionType, like `int | None`.
Value alias_binary(BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or) return Value::not_implemented();
  return union_of(a, b);
}

Value alias_origin(const Value* a, size_t, Tuple*) { return as_alias(a[0])->origin_; }
Value alias_args(const Value* a, size_t, Tuple*) {
  return Value::object(as_alias(a[0])->args_);
}
Value alias_parameters(const Value* a, size_t, Tuple*) { return parameters_of(as_alias(a[0])); }
Value alias_unpacked(const Value*, size_t, Tuple*) { return Value::false_(); }

Value alias_mro_entries(const Value* a, size_t nargs, Tuple*) {
  if (!check_nargs("__mro_entries__", nargs - 1, 1, 1)) return Value::null();
  return Value::object(tuple_pack({as_alias(a[0])->origin_}));
}

Value alias_instancecheck(const Value*, size_t, Tuple*) {
  return raise(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Value alias_subclasscheck(const Value*, size_t, Tuple*) {
  return raise(&exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

Value alias_dir(const Value* a, size_t, Tuple*) {
  Value d = call1(getattr(Value::object(&object_type), str_intern("__dir__")), a[0]);
  return d;
}

Value alias_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("GenericAlias", kw) || !check_nargs("GenericAlias", nargs, 2, 2))
    return Value::null();
  return generic_alias_new(args[0], args[1]);
}

// cls[item] for the built-in generic classes.
Value class_getitem(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__class_getitem__", nargs - 1, 1, 1)) return Value::null();
  return generic_alias_new(args[0], args[1]);
}

}  // namespace

Value generic_alias_new(Value origin, Value args) {
  auto* a = alloc<GenericAlias>(&generic_alias_type);
  a->origin_ = origin;
  a->args_ = nullptr;
  a->parameters_ = nullptr;
  Value keep = Value::object(a);
  a->args_ = as_args_tuple(args);
  return keep;
}

bool is_generic_alias(Value v) { return is_alias(v); }

void generic_alias_type_init() {
  generic_alias_type.gc_trace_ = alias_trace;
  generic_alias_type.repr_ = alias_repr;
  generic_alias_type.getitem_ = alias_getitem;
  generic_alias_type.call_ = alias_call;
  generic_alias_type.getattr_ = alias_getattr;
  generic_alias_type.compare_ = alias_compare;
  generic_alias_type.hash_ = alias_hash;
  generic_alias_type.binary_ = alias_binary;
  generic_alias_type.new_ = alias_new;
  type_ready(&generic_alias_type, "GenericAlias", &object_type, sizeof(GenericAlias), 0);
  generic_alias_type.module_ = str_intern("types");
  add_property(&generic_alias_type, "__origin__", alias_origin);
  add_property(&generic_alias_type, "__args__", alias_args);
  add_property(&generic_alias_type, "__parameters__", alias_parameters);
  add_property(&generic_alias_type, "__unpacked__", alias_unpacked);
  static const MethodDef kMethods[] = {
      {"__mro_entries__", alias_mro_entries, 0},
      {"__instancecheck__", alias_instancecheck, 0},
      {"__subclasscheck__", alias_subclasscheck, 0},
      {"__dir__", alias_dir, 0},
  };
  add_methods(&generic_alias_type, kMethods);
  // The built-in generic classes.
  Type* generic[] = {&list_type, &dict_type, &tuple_type, &set_type, &frozenset_type,
                     &type_type, &enumerate_type};
  for (Type* t : generic) {
    (void)dict_set_str(t->dict_, names::dunder_class_getitem,
                       Value::object(native_new("__class_getitem__", class_getitem,
                                                kNativeClassMethod, Value::null(), t)));
  }
}

}  // namespace tr
