// Shapes and attribute blocks (shape.h): the transition tree, lookups, and
// the get/set/delete of instance attributes for shaped instances.
#include "objects/shape.h"

#include "objects/type_internal.h"

namespace tr {

Type shape_type, attr_block_type;

namespace {

Shape* g_root = nullptr;
constexpr uint32_t kTableThreshold = 8;

void shape_trace(Object* o, Tracer& t) {
  auto* s = static_cast<Shape*>(o);
  t.visit(s->parent_);
  t.visit(s->key_);
  t.visit(s->transitions_);
  t.visit(s->table_);
}

void block_trace(Object* o, Tracer& t) {
  auto* b = static_cast<AttrBlock*>(o);
  t.visit(b->shape_);
  if (b->shape_) t.visit_range(b->values_, b->shape_->size_);
}

AttrBlock* block_new(Shape* shape, uint32_t capacity) {
  auto* b = static_cast<AttrBlock*>(
      alloc_object_sized(&attr_block_type, sizeof(AttrBlock) + capacity * sizeof(Value)));
  b->shape_ = shape;
  b->capacity_ = capacity;
  return b;
}

Dict* block_to_dict(AttrBlock* b) {
  Dict* d = dict_new();
  uint32_t n = b->shape_->size_;
  // Walk the chain from the newest attribute and insert oldest first.
  Str* keys[64];
  RootedValues big;
  Str** order = keys;
  if (n > 64) {
    big.resize(n);
    order = reinterpret_cast<Str**>(big.data());
  }
  uint32_t i = n;
  for (Shape* s = b->shape_; s->key_; s = s->parent_) order[--i] = s->key_;
  for (uint32_t k = 0; k < n; ++k) (void)dict_set_str(d, order[k], b->values_[k]);
  return d;
}

}  // namespace

Shape* shape_root() { return g_root; }

int64_t shape_lookup(Shape* s, Str* name) {
  if (s->table_) {
    Value v = dict_get_str(s->table_, name);
    return v.is_null() ? -1 : v.as_int();
  }
  if (s->size_ > kTableThreshold) {
    s->table_ = dict_new();
    for (Shape* p = s; p->key_; p = p->parent_)
      (void)dict_set_str(s->table_, p->key_, Value::small_int(p->size_ - 1));
    Value v = dict_get_str(s->table_, name);
    return v.is_null() ? -1 : v.as_int();
  }
  for (Shape* p = s; p->key_; p = p->parent_)
    if (p->key_ == name) return p->size_ - 1;
  return -1;
}

Shape* shape_add(Shape* s, Str* name) {
  if (s->transitions_) {
    Value c = dict_get_str(s->transitions_, name);
    if (!c.is_null()) return c.as<Shape>();
  } else {
    s->transitions_ = dict_new();
  }
  auto* child = alloc<Shape>(&shape_type);
  child->parent_ = s;
  child->key_ = name;
  child->size_ = s->size_ + 1;
  (void)dict_set_str(s->transitions_, name, Value::object(child));
  return child;
}

Value instance_attr_get(Value obj, Str* name) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot || !*slot) return Value::null();
  Object* store = *slot;
  if (is_attr_block(store)) {
    auto* b = static_cast<AttrBlock*>(store);
    // Shapes hold interned names and compare pointers; names built at run
    // time (getattr(o, "na" + "me")) are interned first.
    if (!name->is_interned()) name = str_intern(name);
    int64_t i = shape_lookup(b->shape_, name);
    return i < 0 ? Value::null() : b->values_[i];
  }
  return dict_get_str(static_cast<Dict*>(store), name);
}

int instance_attr_set(Value obj, Str* name, Value v) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot) return -1;
  if (!name->is_interned()) name = str_intern(name);
  Object* store = *slot;
  bool shaped = type_has_flag(type_of(obj), kTypeShaped);
  if (!store) {
    if (v.is_null()) return 1;
    if (shaped) {
      AttrBlock* b = block_new(shape_add(shape_root(), name), 4);
      b->values_[0] = v;
      *slot = reinterpret_cast<Dict*>(b);
      return 0;
    }
    *slot = dict_new();
    store = *slot;
  }
  if (is_attr_block(store)) {
    auto* b = static_cast<AttrBlock*>(store);
    int64_t i = shape_lookup(b->shape_, name);
    if (!v.is_null()) {
      if (i >= 0) {
        b->values_[i] = v;
        return 0;
      }
      Shape* ns = shape_add(b->shape_, name);
      if (ns->size_ > b->capacity_) {
        AttrBlock* nb = block_new(b->shape_, b->capacity_ * 2);
        for (uint32_t k = 0; k < b->shape_->size_; ++k) nb->values_[k] = b->values_[k];
        *slot = reinterpret_cast<Dict*>(nb);
        b = nb;
      }
      b->values_[ns->size_ - 1] = v;
      b->shape_ = ns;
      return 0;
    }
    if (i < 0) return 1;
    // Deleting leaves shape mode: the instance keeps a plain dict from now on.
    Dict* d = block_to_dict(b);
    *slot = d;
    store = d;
  }
  Dict* d = static_cast<Dict*>(store);
  if (v.is_null()) {
    int r = dict_del(d, Value::object(name));
    return r < 0 ? -1 : (r == 0 ? 1 : 0);
  }
  return failed(dict_set_str(d, name, v)) ? -1 : 0;
}

Dict* instance_dict(Value obj) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot) return nullptr;
  if (!*slot) {
    *slot = dict_new();
  } else if (is_attr_block(*slot)) {
    *slot = block_to_dict(static_cast<AttrBlock*>(static_cast<Object*>(*slot)));
  }
  return *slot;
}

Status instance_set_dict(Value obj, Value d) {
  Dict** slot = instance_dict_slot(obj);
  if (!slot)
    return raise_status(&exc::AttributeError, "'%s' object has no attribute '__dict__'",
                        type_name_of(obj));
  if (!is_dict(d))
    return raise_status(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                        type_name_of(d));
  *slot = d.as<Dict>();
  return Status::Ok;
}

void shape_types_init() {
  shape_type.gc_trace_ = shape_trace;
  type_ready(&shape_type, "shape", nullptr, sizeof(Shape), 0);
  attr_block_type.gc_trace_ = block_trace;
  type_ready(&attr_block_type, "attr_block", nullptr, sizeof(AttrBlock), 0);
  g_root = alloc<Shape>(&shape_type);
  gc::register_permanent(g_root);
}

}  // namespace tr
