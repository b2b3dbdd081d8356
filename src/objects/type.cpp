// Type objects: readying built-in types, the MRO and attribute lookup along
// it, instance allocation, and the `object` and `type` types themselves.
#include "objects/type.h"

#include <cstdio>
#include <vector>

#include "base/check.h"
#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {

Type object_type, type_type, none_type, not_implemented_type, ellipsis_type;

// ---------------------------------------------------------------------------
// Basic queries

Type* type_of_slow(Value v) {
  switch (v.bits()) {
    case Value::kNoneBits: return &none_type;
    case Value::kTrueBits:
    case Value::kFalseBits: return &bool_type;
    case Value::kNotImplementedBits: return &not_implemented_type;
    case Value::kEllipsisBits: return &ellipsis_type;
    default: break;
  }
  TR_CHECK(!"type_of: invalid value");
  return nullptr;
}

const char* type_name(const Type* t) {
  if (t->name_str_) return t->name_str_->data_;
  return t->name_ ? t->name_ : "?";
}

bool is_subtype(const Type* t, const Type* base) {
  if (t == base) return true;
  if (Tuple* mro = t->mro_) {
    for (size_t i = 0; i < mro->size_; ++i)
      if (mro->items_[i].as_object() == base) return true;
    return false;
  }
  for (const Type* p = t->base_; p; p = p->base_)
    if (p == base) return true;
  return false;
}

Value type_lookup(const Type* t, Str* name) {
  Tuple* mro = t->mro_;
  if (!mro) return t->dict_ ? dict_get_str(t->dict_, name) : Value::null();
  for (size_t i = 0; i < mro->size_; ++i) {
    Type* k = mro->items_[i].as<Type>();
    if (!k->dict_) continue;
    Value v = dict_get_str(k->dict_, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

// Like CPython's solid_base: a class that adds nothing to its base's
// instance layout (a heap class, or a built-in such as Exception that
// shares BaseException's) has its base's layout.
Type* solid_base(Type* t) {
  while (t && t->base_ &&
         (type_has_flag(t, kTypeHeap) || t->instance_size_ == t->base_->instance_size_))
    t = t->base_;
  return t;
}

// ---------------------------------------------------------------------------
// Allocation

Object* alloc_object_sized(Type* t, size_t bytes) {
  if (t->dict_offset_ == kDictAtEnd) bytes = ((bytes + 7) & ~size_t{7}) + sizeof(Dict*);
  return gc::allocate(bytes, t);
}

Dict** instance_dict_slot(Value obj) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  uint32_t off = o->cls_->dict_offset_;
  if (!off) return nullptr;
  char* p = reinterpret_cast<char*>(o);
  if (off == kDictAtEnd) return reinterpret_cast<Dict**>(p + gc::allocation_size(o) - sizeof(Dict*));
  return reinterpret_cast<Dict**>(p + off);
}

Object* alloc_object(Type* t) {
  TR_DCHECK(t->instance_size_ >= sizeof(Object));
  return gc::allocate(t->instance_size_, t);
}

// ---------------------------------------------------------------------------
// Readying built-in types

namespace {

constexpr uint32_t kInheritedFlags = kTypeIntSubclass | kTypeStrSubclass |
                                     kTypeTupleSubclass | kTypeListSubclass |
                                     kTypeDictSubclass | kTypeExceptionSubclass |
                                     kTypeTypeSubclass;

void inherit_slots(Type* t, const Type* b) {
#define TR_INHERIT(slot) if (!t->slot) t->slot = b->slot;
  TR_INHERIT(gc_trace_) TR_INHERIT(gc_finalize_)
  TR_INHERIT(repr_) TR_INHERIT(str_) TR_INHERIT(hash_) TR_INHERIT(compare_)
  TR_INHERIT(binary_) TR_INHERIT(inplace_) TR_INHERIT(unary_) TR_INHERIT(bool_)
  TR_INHERIT(len_) TR_INHERIT(getattr_) TR_INHERIT(setattr_) TR_INHERIT(call_)
  TR_INHERIT(iter_) TR_INHERIT(next_) TR_INHERIT(getitem_) TR_INHERIT(setitem_)
  TR_INHERIT(contains_) TR_INHERIT(descr_get_) TR_INHERIT(descr_set_)
  TR_INHERIT(new_) TR_INHERIT(init_) TR_INHERIT(format_) TR_INHERIT(index_)
#undef TR_INHERIT
  if (!t->dict_offset_) t->dict_offset_ = b->dict_offset_;
  t->flags_ |= b->flags_ & kTypeVarSized;
}

}  // namespace

void type_ready(Type* t, const char* name, Type* base, uint32_t instance_size,
                uint32_t flags) {
  t->cls_ = &type_type;
  t->gc_ |= gc::kAllocated;
  // A root before anything is allocated for it: a collection while the
  // dict and MRO are built must see them.
  if (!(t->gc_ & gc::kPermanent)) gc::register_permanent(t);
  t->name_ = name;
  t->name_str_ = str_intern(name);
  t->qualname_ = t->name_str_;
  if (!base && t != &object_type) base = &object_type;
  t->base_ = base;
  t->flags_ |= flags;
  t->instance_size_ = instance_size;
  if (base) {
    inherit_slots(t, base);
    t->flags_ |= base->flags_ & kInheritedFlags;
  }
  if (!t->dict_) t->dict_ = dict_new();
  Tuple* bases = base ? tuple_pack({Value::object(base)}) : tuple_empty();
  t->bases_ = bases;
  size_t nb = base ? base->mro_->size_ : 0;
  Tuple* mro = tuple_new(nb + 1);
  mro->items_[0] = Value::object(t);
  for (size_t i = 0; i < nb; ++i) mro->items_[i + 1] = base->mro_->items_[i];
  t->mro_ = mro;
  if (base) type_register_subclass(t);
  add_slot_wrappers(t);
}

// ---------------------------------------------------------------------------
// object

namespace {

Value object_repr(Value self) {
  Type* t = type_of(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.as_object()));
  std::string s = "<";
  if (t->module_ && std::string_view(t->module_->data_) != "builtins") {
    s += t->module_->view();
    s += '.';
  }
  s += t->qualname_ ? t->qualname_->view() : std::string_view(type_name(t));
  s += buf;
  return str_value(s);
}

Value object_str(Value self) {
  Type* t = type_of(self);
  return t->repr_ ? t->repr_(self) : object_repr(self);
}

int64_t object_hash(Value self) {
  uint64_t h = self.bits() >> 4;  // objects are 16-byte aligned
  int64_t r = static_cast<int64_t>(h & 0x0FFFFFFFFFFFFFFFull);
  return r == -1 ? -2 : r;
}

Value object_compare(Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a == b ? Value::true_() : Value::not_implemented();
  if (op == CompareOp::Ne) {
    // __ne__ inverts __eq__ unless that gives NotImplemented.
    Type* t = type_of(a);
    if (t->compare_ && t->compare_ != object_compare) {
      Value r = t->compare_(a, b, CompareOp::Eq);
      if (r.is_null() || r.is_not_implemented()) return r;
      int tv = truthy(r);
      if (tv < 0) return Value::null();
      return Value::boolean(!tv);
    }
    return a == b ? Value::false_() : Value::not_implemented();
  }
  return Value::not_implemented();
}

Value object_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + (kwnames ? kwnames->size_ : 0);
  if (total) {
    // object() takes no arguments unless __init__ is overridden and
    // __new__ is not (CPython's excess-args rule).
    bool init_overridden = cls->init_ != object_type.init_;
    bool new_overridden = cls->new_ != object_type.new_;
    if (!init_overridden || new_overridden) {
      if (cls == &object_type || !init_overridden)
        return raise(&exc::TypeError, "%s() takes no arguments", type_name(cls));
    }
  }
  if (type_has_flag(cls, kTypeAbstract))
    return raise(&exc::TypeError, "Can't instantiate abstract class %s", type_name(cls));
  return Value::object(alloc_object(cls));
}

Status object_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t total = nargs + (kwnames ? kwnames->size_ : 0);
  if (total) {
    Type* t = type_of(self);
    bool init_overridden = t->init_ != object_type.init_;
    bool new_overridden = t->new_ != object_type.new_;
    if (init_overridden || !new_overridden)
      return raise_status(&exc::TypeError,
                          "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  return Status::Ok;
}

Value object_format(Value self, Str* spec) {
  if (spec->size_ > 0)
    return raise(&exc::TypeError, "unsupported format string passed to %s.__format__",
                 type_name_of(self));
  return str(self);
}

void trace_type(Object* o, Tracer& t) {
  auto* ty = static_cast<Type*>(o);
  t.visit(ty->name_str_);
  t.visit(ty->qualname_);
  t.visit(ty->module_);
  t.visit(ty->base_);
  t.visit(ty->bases_);
  t.visit(ty->mro_);
  t.visit(ty->dict_);
  t.visit(ty->slot_names_);  // __slots__ names, read by setattr on instances
}

Value none_repr(Value) { return Value::object(str_intern("None")); }
int none_bool(Value) { return 0; }
int64_t none_hash(Value) { return 0x5ca1ab1e; }
Value not_implemented_repr(Value) { return Value::object(str_intern("NotImplemented")); }
Value ellipsis_repr(Value) { return Value::object(str_intern("Ellipsis")); }
Value singleton_new_none(Type*, const Value*, size_t nargs, Tuple* kw) {
  if (nargs || kw) return raise(&exc::TypeError, "NoneType takes no arguments");
  return Value::none();
}

}  // namespace

// ---------------------------------------------------------------------------
// Start-up

void object_type_init() {
  object_type.repr_ = object_repr;
  object_type.str_ = object_str;
  object_type.hash_ = object_hash;
  object_type.compare_ = object_compare;
  object_type.getattr_ = generic_getattr;
  object_type.setattr_ = generic_setattr;
  object_type.new_ = object_new;
  object_type.init_ = object_init;
  object_type.format_ = object_format;
  type_type.gc_trace_ = trace_type;
  type_type.gc_finalize_ = type_finalize;
  type_type_set_slots(&type_type);
  // object and type refer to each other: ready object first with its
  // dict, then type.
  type_ready(&object_type, "object", nullptr, sizeof(Object), kTypeBaseType);
  type_ready(&type_type, "type", &object_type, sizeof(Type),
             kTypeBaseType | kTypeTypeSubclass);
  add_object_methods();

  none_type.repr_ = none_repr;
  none_type.bool_ = none_bool;
  none_type.hash_ = none_hash;
  none_type.new_ = singleton_new_none;
  type_ready(&none_type, "NoneType", nullptr, sizeof(Object), 0);
  not_implemented_type.repr_ = not_implemented_repr;
  type_ready(&not_implemented_type, "NotImplementedType", nullptr, sizeof(Object), 0);
  ellipsis_type.repr_ = ellipsis_repr;
  type_ready(&ellipsis_type, "ellipsis", nullptr, sizeof(Object), 0);
}

}  // namespace tr
