// Quickening: after a generic attribute or global instruction runs, look at
// what it saw and, when a cheap guard can prove the same answer next time,
// fill the inline cache and rewrite the instruction to its specialised form.
#include <cstdlib>
#include <cstring>

#include "vm/inline_cache.h"

namespace tr::vm {

using bytecode::Code;
using bytecode::Op;

namespace {

void trace_caches(Code* code, Tracer& t) {
  auto* caches = static_cast<InlineCache*>(code->caches_);
  for (uint32_t i = 0; i < code->num_instrs_; ++i) {
    t.visit(caches[i].obj1);
    t.visit(caches[i].obj2);
    t.visit(caches[i].value);
  }
}

bool gave_up(InlineCache* c) { return c->misses >= kMaxMisses; }

void rewrite(Code* code, uint32_t index, Op op) { code->instrs_[index].op = op; }

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

}  // namespace

InlineCache* cache_at(Code* code, uint32_t index) {
  if (!code->caches_) {
    size_t bytes = sizeof(InlineCache) * code->num_instrs_;
    void* mem = std::calloc(1, bytes ? bytes : 1);
    code->caches_ = mem;
  }
  return static_cast<InlineCache*>(code->caches_) + index;
}

void deoptimize(Code* code, uint32_t index, Op generic) {
  InlineCache* c = cache_at(code, index);
  ++c->misses;
  rewrite(code, index, generic);
}

void specialize_load_attr(Code* code, uint32_t index, Value obj, Str* name) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c) || !obj.is_object()) return;
  Type* t = type_of(obj);
  if (t == &module_type) {
    Dict* d = obj.as<Module>()->dict_;
    int64_t ix = dict_entry_index(d, name);
    if (ix < 0) return;
    c->obj1 = Value::object(d);
    c->version = d->version_;
    c->index = static_cast<uint32_t>(ix);
    rewrite(code, index, Op::LOAD_ATTR_MODULE);
    return;
  }
  if (isinstance_of(obj, &type_type) && t->getattr_ == type_type.getattr_) {
    // Class attribute through the class itself: only plain values (and
    // functions, which class access returns unchanged).
    Type* cls = obj.as<Type>();
    Value d = type_lookup(cls, name);
    if (d.is_null()) return;
    Type* dt = type_of(d);
    if ((dt->descr_get_ && dt != &function_type) || !type_lookup(t, name).is_null()) return;
    c->obj1 = obj;
    c->obj2 = Value::null();
    c->value = d;
    c->version = g_type_epoch;
    c->flags = 1;
    rewrite(code, index, Op::LOAD_ATTR_CLASS);
    return;
  }
  if (t->getattr_ != generic_getattr || !type_has_flag(t, kTypeShaped)) return;
  Value shape;
  if (!storage_shape(obj, &shape)) return;
  Value d = type_lookup(t, name);
  if (!d.is_null()) {
    Type* dt = type_of(d);
    if (dt->descr_set_) return;  // data descriptor (property): not cached here
  }
  if (!shape.is_null()) {
    int64_t ix = shape_lookup(shape.as<Shape>(), name);
    if (ix >= 0) {
      c->obj1 = Value::object(t);
      c->obj2 = shape;
      c->version = g_type_epoch;
      c->index = static_cast<uint32_t>(ix);
      rewrite(code, index, Op::LOAD_ATTR_SLOT);
      return;
    }
  }
  Value v;
  if (plain_class_attr(t, name, &v)) {
    c->obj1 = Value::object(t);
    c->obj2 = shape;
    c->value = v;
    c->version = g_type_epoch;
    c->flags = 0;
    rewrite(code, index, Op::LOAD_ATTR_CLASS);
  }
}

void specialize_store_attr(Code* code, uint32_t index, Value obj, Str* name) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c) || !obj.is_object()) return;
  Type* t = type_of(obj);
  if (t->setattr_ != generic_setattr || !type_has_flag(t, kTypeShaped) || t->slot_names_) return;
  Value d = type_lookup(t, name);
  if (!d.is_null() && type_of(d)->descr_set_) return;
  // Called after the store: the shape now holds `name`.
  Value shape;
  if (!storage_shape(obj, &shape) || shape.is_null()) return;
  Shape* s = shape.as<Shape>();
  int64_t ix = shape_lookup(s, name);
  if (ix < 0) return;
  c->obj1 = Value::object(t);
  c->version = g_type_epoch;
  c->index = static_cast<uint32_t>(ix);
  if (s->key_ == name && static_cast<int64_t>(s->size_) - 1 == ix) {
    // The store just added it: cache the transition from the parent shape.
    c->obj2 = s->parent_ == shape_root() ? Value::null() : Value::object(s->parent_);
    c->value = Value::object(s);
    rewrite(code, index, Op::STORE_ATTR_ADD);
  } else {
    c->obj2 = shape;
    rewrite(code, index, Op::STORE_ATTR_SLOT);
  }
}

void specialize_load_method(Code* code, uint32_t index, Value obj, Str* name) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c)) return;
  Type* t = type_of(obj);
  if (t->getattr_ != generic_getattr) return;
  Value d = type_lookup(t, name);
  if (d.is_null()) return;
  Type* dt = type_of(d);
  bool plain = dt == &function_type ||
               (dt == &native_function_type && (d.as<NativeFunction>()->flags_ & kNativeMethod) &&
                d.as<NativeFunction>()->self_.is_null());
  if (!plain) return;
  Value shape;
  if (t->dict_offset_) {
    if (!type_has_flag(t, kTypeShaped) || !storage_shape(obj, &shape)) return;
    if (!shape.is_null() && shape_lookup(shape.as<Shape>(), name) >= 0) return;
  }
  c->obj1 = Value::object(t);
  c->obj2 = shape;
  c->value = d;
  c->version = g_type_epoch;
  rewrite(code, index, Op::LOAD_METHOD_CACHED);
}

void specialize_load_global(Code* code, uint32_t index, Dict* globals, Dict* builtins,
                            Str* name) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c)) return;
  int64_t ix = dict_entry_index(globals, name);
  if (ix >= 0) {
    c->obj1 = Value::object(globals);
    c->version = globals->version_;
    c->index = static_cast<uint32_t>(ix);
    c->flags = 0;
    rewrite(code, index, Op::LOAD_GLOBAL_CACHED);
    return;
  }
  if (!builtins) return;
  ix = dict_entry_index(builtins, name);
  if (ix < 0) return;
  c->obj1 = Value::object(globals);
  c->obj2 = Value::object(builtins);
  c->version = globals->version_;
  c->value = int_from_i64(static_cast<int64_t>(builtins->version_ & 0x7FFFFFFFFFFF));
  c->index = static_cast<uint32_t>(ix);
  c->flags = kCacheFromBuiltins;
  rewrite(code, index, Op::LOAD_GLOBAL_CACHED);
}

void inline_cache_init() { bytecode::g_trace_code_caches = trace_caches; }

}  // namespace tr::vm
