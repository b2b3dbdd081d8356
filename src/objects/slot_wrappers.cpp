// Slot wrappers: the `__repr__`, `__eq__`, `__add__`, ... entries in the
// dicts of built-in types, so Python code can call `object.__init__(self)`,
// `int.__add__(a, b)` or `super().__repr__()`. Each calls its owner's slot.
#include <string>

#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {

namespace {

enum class SlotKind : uint8_t {
  Repr, Str, Hash, Compare, Binary, RBinary, Unary, Bool, Len, GetAttribute, SetAttr,
  DelAttr, Call, Iter, Next, GetItem, SetItem, DelItem, Contains, Get, Set, Delete, Init,
  New, Format, Index,
};

struct SlotWrapper : Object {
  Type* owner_;
  Str* name_;
  SlotKind kind_;
  uint8_t op_;
};

Type slot_wrapper_type;

const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kUnaryNames[] = {"__neg__", "__pos__", "__invert__"};

bool want(Type* t, size_t arity, size_t nargs, const char* name) {
  if (nargs == arity) return true;
  raise(&exc::TypeError, "expected %zu argument%s, got %zu", arity - 1, arity == 2 ? "" : "s",
        nargs - 1);
  (void)t;
  (void)name;
  return false;
}

Value as_value(Status s) { return failed(s) ? Value::null() : Value::none(); }

Value wrapper_call(Value callable, const Value* args, size_t nargs, Tuple* kw) {
  auto* w = callable.as<SlotWrapper>();
  Type* o = w->owner_;
  if (w->kind_ == SlotKind::New) {
    if (nargs < 1)
      return raise(&exc::TypeError, "%s.__new__(): not enough arguments", type_name(o));
    if (!args[0].is_object() || !isinstance_of(args[0], &type_type))
      return raise(&exc::TypeError, "%s.__new__(X): X is not a type object (%s)", type_name(o),
                   type_name_of(args[0]));
    Type* cls = args[0].as<Type>();
    if (!is_subtype(cls, o))
      return raise(&exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", type_name(o),
                   type_name(cls), type_name(cls), type_name(o));
    return o->new_(cls, args + 1, nargs - 1, kw);
  }
  if (nargs < 1)
    return raise(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument",
                 w->name_->data_, type_name(o));
  Value self = args[0];
  if (!isinstance_of(self, o))
    return raise(&exc::TypeError,
                 "descriptor '%s' requires a '%s' object but received a '%s'", w->name_->data_,
                 type_name(o), type_name_of(self));
  if (w->kind_ == SlotKind::Call) return o->call_(self, args + 1, nargs - 1, kw);
  if (w->kind_ == SlotKind::Init) return as_value(o->init_(self, args + 1, nargs - 1, kw));
  if (kw && kw->size_)
    return raise(&exc::TypeError, "%s() takes no keyword arguments", w->name_->data_);
  switch (w->kind_) {
    case SlotKind::Repr: return want(o, 1, nargs, "") ? o->repr_(self) : Value::null();
    case SlotKind::Str: return want(o, 1, nargs, "") ? o->str_(self) : Value::null();
    case SlotKind::Hash: {
      if (!want(o, 1, nargs, "")) return Value::null();
      int64_t h = o->hash_(self);
      return h == -1 ? Value::null() : int_from_i64(h);
    }
    case SlotKind::Compare:
      return want(o, 2, nargs, "") ? o->compare_(self, args[1], static_cast<CompareOp>(w->op_))
                                   : Value::null();
    case SlotKind::Binary:
      return want(o, 2, nargs, "") ? o->binary_(static_cast<BinaryOp>(w->op_), self, args[1])
                                   : Value::null();
    case SlotKind::RBinary:
      return want(o, 2, nargs, "") ? o->binary_(static_cast<BinaryOp>(w->op_), args[1], self)
                                   : Value::null();
    case SlotKind::Unary:
      return want(o, 1, nargs, "") ? o->unary_(static_cast<UnaryOp>(w->op_), self)
                                   : Value::null();
    case SlotKind::Bool: {
      if (!want(o, 1, nargs, "")) return Value::null();
      int b = o->bool_(self);
      return b < 0 ? Value::null() : Value::boolean(b);
    }
    case SlotKind::Len: {
      if (!want(o, 1, nargs, "")) return Value::null();
      int64_t n = o->len_(self);
      return n < 0 ? Value::null() : int_from_i64(n);
    }
    case SlotKind::GetAttribute:
      if (!want(o, 2, nargs, "")) return Value::null();
      if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'",
                     type_name_of(args[1]));
      return o->getattr_(self, str_intern(args[1].as<Str>()));
    case SlotKind::SetAttr:
      if (!want(o, 3, nargs, "")) return Value::null();
      if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'",
                     type_name_of(args[1]));
      return as_value(o->setattr_(self, str_intern(args[1].as<Str>()), args[2]));
    case SlotKind::DelAttr:
      if (!want(o, 2, nargs, "")) return Value::null();
      if (!is_str(args[1]))
        return raise(&exc::TypeError, "attribute name must be string, not '%s'",
                     type_name_of(args[1]));
      return as_value(o->setattr_(self, str_intern(args[1].as<Str>()), Value::null()));
    case SlotKind::Iter: return want(o, 1, nargs, "") ? o->iter_(self) : Value::null();
    case SlotKind::Next: {
      if (!want(o, 1, nargs, "")) return Value::null();
      Value v = o->next_(self);
      if (v.is_exhausted()) return raise_stop_iteration(Value::null());
      return v;
    }
    case SlotKind::GetItem: return want(o, 2, nargs, "") ? o->getitem_(self, args[1]) : Value::null();
    case SlotKind::SetItem:
      return want(o, 3, nargs, "") ? as_value(o->setitem_(self, args[1], args[2])) : Value::null();
    case SlotKind::DelItem:
      return want(o, 2, nargs, "") ? as_value(o->setitem_(self, args[1], Value::null()))
                                   : Value::null();
    case SlotKind::Contains: {
      if (!want(o, 2, nargs, "")) return Value::null();
      int r = o->contains_(self, args[1]);
      return r < 0 ? Value::null() : Value::boolean(r);
    }
    case SlotKind::Get: {
      if (nargs < 2 || nargs > 3) return raise(&exc::TypeError, "expected 1 or 2 arguments");
      Value obj = args[1].is_none() ? Value::null() : args[1];
      Value owner = nargs == 3 && !args[2].is_none() ? args[2] : Value::null();
      if (obj.is_null() && owner.is_null())
        return raise(&exc::TypeError, "__get__(None, None) is invalid");
      return o->descr_get_(self, obj, owner);
    }
    case SlotKind::Set:
      return want(o, 3, nargs, "") ? as_value(o->descr_set_(self, args[1], args[2])) : Value::null();
    case SlotKind::Delete:
      return want(o, 2, nargs, "") ? as_value(o->descr_set_(self, args[1], Value::null()))
                                   : Value::null();
    case SlotKind::Format:
      if (!want(o, 2, nargs, "")) return Value::null();
      if (!is_str(args[1]))
        return raise(&exc::TypeError, "format spec must be a str, not %s", type_name_of(args[1]));
      return o->format_(self, args[1].as<Str>());
    case SlotKind::Index: return want(o, 1, nargs, "") ? o->index_(self) : Value::null();
    default: break;
  }
  return raise(&exc::SystemError, "bad slot wrapper");
}

Value wrapper_descr_get(Value descr, Value obj, Value owner) {
  auto* w = descr.as<SlotWrapper>();
  if (obj.is_null() || w->kind_ == SlotKind::New) return descr;
  return bound_method_new(descr, obj);
}

Value wrapper_repr(Value v) {
  auto* w = v.as<SlotWrapper>();
  return str_value(std::string("<slot wrapper '") + w->name_->data_ + "' of '" +
                   type_name(w->owner_) + "' objects>");
}

Value wrapper_name(const Value* args, size_t, Tuple*) {
  return Value::object(args[0].as<SlotWrapper>()->name_);
}

void wrapper_trace(Object* o, Tracer& t) {
  auto* w = static_cast<SlotWrapper*>(o);
  t.visit(w->owner_);
  t.visit(w->name_);
}

void add_wrapper(Type* t, const char* name, SlotKind kind, uint8_t op = 0) {
  auto* w = alloc<SlotWrapper>(&slot_wrapper_type);
  w->owner_ = t;
  w->name_ = str_intern(name);
  w->kind_ = kind;
  w->op_ = op;
  // A method table entry of the same name (added later) takes precedence.
  Status s = dict_set_str(t->dict_, w->name_, Value::object(w));
  (void)s;
}

}  // namespace

bool is_slot_wrapper(Value v) {
  return v.is_object() && v.as_object()->cls_ == &slot_wrapper_type;
}

Type* slot_wrapper_owner(Value v) { return v.as<SlotWrapper>()->owner_; }

void add_slot_wrappers(Type* t) {
  if (t == &slot_wrapper_type) return;
  if (!slot_wrapper_type.name_) {
    slot_wrapper_type.call_ = wrapper_call;
    slot_wrapper_type.descr_get_ = wrapper_descr_get;
    slot_wrapper_type.repr_ = wrapper_repr;
    slot_wrapper_type.gc_trace_ = wrapper_trace;
    type_ready(&slot_wrapper_type, "wrapper_descriptor", nullptr, sizeof(SlotWrapper), 0);
    add_property(&slot_wrapper_type, "__name__", wrapper_name);
    add_property(&slot_wrapper_type, "__qualname__", wrapper_name);
  }
  Type* b = t->base_;
#define TR_OWN(slot) (t->slot && (!b || t->slot != b->slot))
  if (TR_OWN(repr_)) add_wrapper(t, "__repr__", SlotKind::Repr);
  if (TR_OWN(str_)) add_wrapper(t, "__str__", SlotKind::Str);
  if (TR_OWN(hash_)) add_wrapper(t, "__hash__", SlotKind::Hash);
  if (TR_OWN(compare_))
    for (uint8_t i = 0; i < 6; ++i) add_wrapper(t, kCompareNames[i], SlotKind::Compare, i);
  if (TR_OWN(binary_)) {
    for (uint8_t i = 0; i < kNumBinaryOps; ++i) {
      auto op = static_cast<BinaryOp>(i);
      add_wrapper(t, binary_dunder(op)->data_, SlotKind::Binary, i);
      add_wrapper(t, binary_rdunder(op)->data_, SlotKind::RBinary, i);
    }
  }
  if (TR_OWN(unary_))
    for (uint8_t i = 0; i < 3; ++i) add_wrapper(t, kUnaryNames[i], SlotKind::Unary, i);
  if (TR_OWN(bool_)) add_wrapper(t, "__bool__", SlotKind::Bool);
  if (TR_OWN(len_)) add_wrapper(t, "__len__", SlotKind::Len);
  if (TR_OWN(getattr_)) add_wrapper(t, "__getattribute__", SlotKind::GetAttribute);
  if (TR_OWN(setattr_)) {
    add_wrapper(t, "__setattr__", SlotKind::SetAttr);
    add_wrapper(t, "__delattr__", SlotKind::DelAttr);
  }
  if (TR_OWN(call_)) add_wrapper(t, "__call__", SlotKind::Call);
  if (TR_OWN(iter_)) add_wrapper(t, "__iter__", SlotKind::Iter);
  if (TR_OWN(next_)) add_wrapper(t, "__next__", SlotKind::Next);
  if (TR_OWN(getitem_)) add_wrapper(t, "__getitem__", SlotKind::GetItem);
  if (TR_OWN(setitem_)) {
    add_wrapper(t, "__setitem__", SlotKind::SetItem);
    add_wrapper(t, "__delitem__", SlotKind::DelItem);
  }
  if (TR_OWN(contains_)) add_wrapper(t, "__contains__", SlotKind::Contains);
  if (TR_OWN(descr_get_)) add_wrapper(t, "__get__", SlotKind::Get);
  if (TR_OWN(descr_set_)) {
    add_wrapper(t, "__set__", SlotKind::Set);
    add_wrapper(t, "__delete__", SlotKind::Delete);
  }
  if (TR_OWN(init_)) add_wrapper(t, "__init__", SlotKind::Init);
  if (TR_OWN(new_)) add_wrapper(t, "__new__", SlotKind::New);
  if (TR_OWN(format_)) add_wrapper(t, "__format__", SlotKind::Format);
  if (TR_OWN(index_)) add_wrapper(t, "__index__", SlotKind::Index);
#undef TR_OWN
}

}  // namespace tr
