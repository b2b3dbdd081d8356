// What an attribute instruction saw, as one cache entry (receiver class,
// storage guard, kind, payload), and the polymorphic extension of the
// attribute caches: up to kMaxPolyEntries further entries in a tuple at
// InlineCache::more, one per receiver class/shape that site has met.
#include "vm/attr_poly.h"

#include "vm/stats.h"

namespace tr::vm {

using bytecode::Code;
using bytecode::Op;

namespace {

// The instance-storage guard for `obj`: its shape, or null when it has no
// attribute block yet. False when the instance is in dict mode.
bool storage_shape(Value obj, Value* shape_out) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot || !*slot) {
    *shape_out = Value::null();
    return true;
  }
  Object* store = reinterpret_cast<Object*>(*slot);
  if (!is_attr_block(store)) return false;
  *shape_out = Value::object(static_cast<AttrBlock*>(store)->shape_);
  return true;
}

// The class attribute `name` of t, if it is a plain value whose lookup
// through an instance needs no descriptor call (or a function, which
// LOAD_METHOD handles). Data descriptors disqualify.
bool plain_class_attr(Type* t, Str* name, Value* out) {
  Value d = type_lookup(t, name);
  if (d.is_null()) return false;
  Type* dt = type_of(d);
  if (dt->descr_get_ || dt->descr_set_) return false;
  *out = d;
  return true;
}

const Value* find_entry(const InlineCache* c, Value obj, Object** store_out) {
  if (c->more.is_null() || !obj.is_object()) return nullptr;
  Tuple* m = c->more.as<Tuple>();
  Type* t = obj.as_object()->cls_;
  Value tv = Value::object(t);
  for (size_t i = 0; i < m->size_; i += kPolyWidth) {
    if (m->items_[i] != tv) continue;
    if (static_cast<uint64_t>(m->items_[i + 4].as_int()) != t->version_) continue;
    Object* store = t->dict_offset_ ? attr_store(obj) : nullptr;
    if (t->dict_offset_ && storage_guard(store) != m->items_[i + 1]) continue;
    *store_out = store;
    return &m->items_[i];
  }
  return nullptr;
}

// Appends `e` to the site's further entries, or deoptimises the site when
// they are full.
void add_entry(Code* code, uint32_t index, const AttrEntry& e, Op generic) {
  InlineCache* c = cache_at(code, index);
  size_t have = c->more.is_null() ? 0 : c->more.as<Tuple>()->size_ / kPolyWidth;
  uint64_t version = e.type.as<Type>()->version_;
  if (have >= kMaxPolyEntries || !Value::fits_inline(static_cast<int64_t>(version))) {
    deoptimize(code, index, generic);
    return;
  }
  Tuple* m = tuple_new((have + 1) * kPolyWidth);
  for (size_t i = 0; i < have * kPolyWidth; ++i) m->items_[i] = c->more.as<Tuple>()->items_[i];
  Value* slot = &m->items_[have * kPolyWidth];
  slot[0] = e.type;
  slot[1] = e.guard;
  slot[2] = Value::small_int(e.kind);
  slot[3] = e.kind == kAttrSlot ? Value::small_int(e.index) : e.payload;
  slot[4] = Value::small_int(static_cast<int64_t>(version));
  c->more = Value::object(m);
}

}  // namespace

bool describe_load_attr(Value obj, Str* name, AttrEntry* e) {
  Type* t = type_of(obj);
  if (!obj.is_object() || t->getattr_ != generic_getattr || !type_has_flag(t, kTypeShaped))
    return false;
  Value shape;
  if (!storage_shape(obj, &shape)) return false;
  Value d = type_lookup(t, name);
  if (!d.is_null() && type_of(d)->descr_set_) return false;  // data descriptor (property)
  e->type = Value::object(t);
  e->guard = shape;
  if (!shape.is_null()) {
    int64_t ix = shape_lookup(shape.as<Shape>(), name);
    if (ix >= 0) {
      e->kind = kAttrSlot;
      e->index = static_cast<uint32_t>(ix);
      e->payload = Value::null();
      return true;
    }
  }
  if (!plain_class_attr(t, name, &e->payload)) return false;
  e->kind = kAttrClassValue;
  e->index = 0;
  return true;
}

bool describe_load_method(Value obj, Str* name, AttrEntry* e) {
  Type* t = type_of(obj);
  if (t->getattr_ != generic_getattr) return false;
  Value d = type_lookup(t, name);
  if (d.is_null()) return false;
  Type* dt = type_of(d);
  bool plain = dt == &function_type ||
               (dt == &native_function_type && (d.as<NativeFunction>()->flags_ & kNativeMethod) &&
                d.as<NativeFunction>()->self_.is_null());
  if (!plain) return false;
  Value shape;
  if (t->dict_offset_) {
    if (!type_has_flag(t, kTypeShaped) || !storage_shape(obj, &shape)) return false;
    if (!shape.is_null() && shape_lookup(shape.as<Shape>(), name) >= 0) return false;
  }
  e->type = Value::object(t);
  e->guard = shape;
  e->kind = kAttrMethod;
  e->payload = d;
  e->index = 0;
  return true;
}

Value storage_before_store(Value obj) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot) return Value::false_();
  return storage_guard(reinterpret_cast<Object*>(*slot));
}

bool describe_store_attr(Value obj, Str* name, Value before, AttrEntry* e) {
  if (!obj.is_object() || before.is_false()) return false;
  Type* t = type_of(obj);
  if (t->setattr_ != generic_setattr || !type_has_flag(t, kTypeShaped) || t->slot_names_)
    return false;
  Value d = type_lookup(t, name);
  if (!d.is_null() && type_of(d)->descr_set_) return false;
  // Called after the store: the shape now holds `name`.
  Value shape;
  if (!storage_shape(obj, &shape) || shape.is_null()) return false;
  Shape* s = shape.as<Shape>();
  int64_t ix = shape_lookup(s, name);
  if (ix < 0) return false;
  e->type = Value::object(t);
  e->index = static_cast<uint32_t>(ix);
  if (before == shape) {
    e->kind = kAttrSlot;  // the attribute was there: a plain slot store
    e->guard = shape;
    e->payload = Value::null();
    return true;
  }
  // The store added it: the transition from the shape before.
  Value parent = s->parent_ == shape_root() ? Value::null() : Value::object(s->parent_);
  if (s->key_ != name || static_cast<int64_t>(s->size_) - 1 != ix || parent != before)
    return false;
  e->kind = kAttrAdd;
  e->guard = before;
  e->payload = shape;
  return true;
}

bool poly_load_attr(const InlineCache* c, Value obj, Value* out) {
  Object* store;
  const Value* e = find_entry(c, obj, &store);
  if (!e) return false;
  if (e[2].as_int() == kAttrSlot) *out = static_cast<AttrBlock*>(store)->values_[e[3].as_int()];
  else *out = e[3];
  return true;
}

bool poly_load_method(const InlineCache* c, Value obj, Value* out) {
  Object* store;
  const Value* e = find_entry(c, obj, &store);
  if (!e) return false;
  *out = e[3];
  return true;
}

bool poly_store_attr(const InlineCache* c, Value obj, Value v) {
  Object* store;
  const Value* e = find_entry(c, obj, &store);
  if (!e) return false;
  if (e[2].as_int() == kAttrSlot) {
    static_cast<AttrBlock*>(store)->values_[e[3].as_int()] = v;
    return true;
  }
  Shape* next = e[3].as<Shape>();
  if (!store) {
    // The first attribute: a fresh block (obj and v stay visible to the
    // collector in the caller's registers and in these locals).
    auto* b = static_cast<AttrBlock*>(
        alloc_object_sized(&attr_block_type, sizeof(AttrBlock) + 4 * sizeof(Value)));
    b->capacity_ = 4;
    b->values_[0] = v;
    b->shape_ = next;
    attr_store(obj) = b;
    return true;
  }
  auto* b = static_cast<AttrBlock*>(store);
  if (next->size_ > b->capacity_) return false;
  b->values_[next->size_ - 1] = v;
  b->shape_ = next;
  return true;
}

void specialize_load_attr_more(Code* code, uint32_t index, Value obj, Str* name) {
  AttrEntry e;
  if (!describe_load_attr(obj, name, &e)) return deoptimize(code, index, Op::LOAD_ATTR);
  add_entry(code, index, e, Op::LOAD_ATTR);
}

void specialize_load_method_more(Code* code, uint32_t index, Value obj, Str* name) {
  AttrEntry e;
  if (!describe_load_method(obj, name, &e)) return deoptimize(code, index, Op::LOAD_METHOD);
  add_entry(code, index, e, Op::LOAD_METHOD);
}

void specialize_store_attr_more(Code* code, uint32_t index, Value obj, Str* name, Value before) {
  AttrEntry e;
  if (!describe_store_attr(obj, name, before, &e)) return deoptimize(code, index, Op::STORE_ATTR);
  add_entry(code, index, e, Op::STORE_ATTR);
}

}  // namespace tr::vm
