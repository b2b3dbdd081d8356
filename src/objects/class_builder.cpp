// Building a class at run time (the `class` statement and type(n, b, d)):
// C3 linearisation, choosing the layout base, instance layout, and the
// hooks run after creation (__set_name__, __init_subclass__, __class__ cell).
#include <string>
#include <vector>

#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {
namespace {

// C3: merge the bases' MROs and the list of bases, always taking the first
// head that appears in no other list's tail.
bool c3_merge(std::vector<std::vector<Type*>>& seqs, std::vector<Type*>& out) {
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any |= !s.empty();
    if (!any) return true;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* head = s.front();
      bool in_tail = false;
      for (auto& o : seqs)
        for (size_t i = 1; i < o.size() && !in_tail; ++i) in_tail = o[i] == head;
      if (!in_tail) { cand = head; break; }
    }
    if (!cand) return false;
    out.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == cand) s.erase(s.begin());
  }
}

Tuple* compute_mro(Type* t, Tuple* bases) {
  std::vector<std::vector<Type*>> seqs;
  std::vector<Type*> base_list;
  for (size_t i = 0; i < bases->size_; ++i) {
    Type* b = bases->items_[i].as<Type>();
    std::vector<Type*> m;
    for (size_t j = 0; j < b->mro_->size_; ++j) m.push_back(b->mro_->items_[j].as<Type>());
    seqs.push_back(std::move(m));
    base_list.push_back(b);
  }
  seqs.push_back(base_list);
  std::vector<Type*> out{t};
  if (!c3_merge(seqs, out)) {
    // CPython names the classes still waiting at the heads of the lists.
    std::string names;
    std::vector<Type*> heads;
    for (auto& sq : seqs) {
      if (sq.empty()) continue;
      bool dup = false;
      for (Type* h : heads) dup |= h == sq.front();
      if (dup) continue;
      heads.push_back(sq.front());
      if (!names.empty()) names += ", ";
      names += type_name(sq.front());
    }
    raise(&exc::TypeError,
          "Cannot create a consistent method resolution\norder (MRO) for bases %s",
          names.c_str());
    return nullptr;
  }
  Tuple* mro = tuple_new(out.size());
  for (size_t i = 0; i < out.size(); ++i) mro->items_[i] = Value::object(out[i]);
  return mro;
}

Type* best_base(Tuple* bases) {
  Type* winner = nullptr;
  Type* winner_solid = nullptr;
  for (size_t i = 0; i < bases->size_; ++i) {
    Type* b = bases->items_[i].as<Type>();
    Type* s = solid_base(b);
    if (!winner) { winner = b; winner_solid = s; continue; }
    if (is_subtype(winner_solid, s)) continue;
    if (is_subtype(s, winner_solid)) { winner = b; winner_solid = s; continue; }
    raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
    return nullptr;
  }
  return winner;
}

void heap_instance_trace(Object* o, Tracer& tr) {
  Type* t = o->cls_;
  if (t->instance_base_trace_) t->instance_base_trace_(o, tr);
  if (Dict** slot = instance_dict_slot(Value::object(o))) tr.visit(reinterpret_cast<Object*>(*slot));
  if (type_has_flag(t, kTypeTypeSubclass)) {
    // a class whose metaclass is a Python class: trace its Type fields too
    auto* ty = static_cast<Type*>(o);
    tr.visit(ty->slot_names_);
  }
}

Status wrap_implicit_classmethod(Dict* ns, Str* name, Type* as_type) {
  Value f = dict_get_str(ns, name);
  if (f.is_null() || type_of(f) != &function_type) return Status::Ok;
  Value w = call1(Value::object(as_type), f);
  if (w.is_null()) return Status::Error;
  return dict_set_str(ns, name, w);
}

Status run_set_name(Type* t) {
  size_t pos = 0;
  Value k, v;
  RootedValues pairs;
  while (dict_next(t->dict_, &pos, &k, &v)) {
    pairs.push_back(k);
    pairs.push_back(v);
  }
  for (size_t i = 0; i < pairs.size(); i += 2) {
    Value v2 = pairs[i + 1];
    Value m = type_lookup(type_of(v2), names::dunder_set_name);
    if (m.is_null()) continue;
    Value args[2] = {Value::object(t), pairs[i]};
    if (call_bound_special(m, v2, args, 2).is_null()) return Status::Error;
  }
  return Status::Ok;
}

Status run_init_subclass(Type* t, const Value* kwargs, Tuple* kwnames) {
  // super(t, t).__init_subclass__(**kwargs): the first definition after t.
  Tuple* mro = t->mro_;
  Value m;
  for (size_t i = 1; i < mro->size_ && m.is_null(); ++i) {
    Dict* d = mro->items_[i].as<Type>()->dict_;
    m = dict_get_str(d, names::dunder_init_subclass);
  }
  if (m.is_null()) return Status::Ok;
  Type* mt = type_of(m);
  Value bound = mt->descr_get_ ? mt->descr_get_(m, Value::null(), Value::object(t)) : m;
  if (bound.is_null()) return Status::Error;
  Value r = call(bound, kwargs, 0, kwnames);
  return r.is_null() ? Status::Error : Status::Ok;
}

}  // namespace

Value type_new_class(Type* meta, Str* name, Tuple* bases, Dict* ns, const Value* kwargs,
                     Tuple* kwnames) {
  if (bases->size_ == 0) bases = tuple_pack({Value::object(&object_type)});
  for (size_t i = 0; i < bases->size_; ++i) {
    Value b = bases->items_[i];
    if (!b.is_object() || !isinstance_of(b, &type_type))
      return raise(&exc::TypeError, "bases must be types");
    if (!type_has_flag(b.as<Type>(), kTypeBaseType))
      return raise(&exc::TypeError, "type '%s' is not an acceptable base type",
                   type_name(b.as<Type>()));
  }
  for (size_t i = 0; i < bases->size_; ++i)
    for (size_t j = i + 1; j < bases->size_; ++j)
      if (bases->items_[i] == bases->items_[j])
        return raise(&exc::TypeError, "duplicate base class %s",
                     type_name(bases->items_[i].as<Type>()));
  Type* base = best_base(bases);
  if (!base) return Value::null();

  size_t meta_size = meta->instance_size_ < sizeof(Type) ? sizeof(Type) : meta->instance_size_;
  auto* t = static_cast<Type*>(alloc_object_sized(meta, meta_size));
  t->name_str_ = str_intern(name);
  t->name_ = nullptr;
  t->qualname_ = t->name_str_;
  t->base_ = base;
  t->bases_ = bases;
  t->dict_ = dict_copy(ns);
  Value qn = dict_get_str(t->dict_, names::dunder_qualname);
  if (!qn.is_null()) {
    if (!is_str(qn))
      return raise(&exc::TypeError, "type __qualname__ must be a str, not %s", type_name_of(qn));
    t->qualname_ = qn.as<Str>();
    if (dict_del(t->dict_, Value::object(names::dunder_qualname)) < 0) return Value::null();
  }
  Value mod = dict_get_str(t->dict_, names::dunder_module);
  if (!mod.is_null() && is_str(mod)) t->module_ = mod.as<Str>();
  Value classcell = dict_get_str(t->dict_, str_intern("__classcell__"));
  if (!classcell.is_null() && dict_del(t->dict_, Value::object(str_intern("__classcell__"))) < 0)
    return Value::null();

  if (!dict_get_str(t->dict_, names::dunder_eq).is_null() &&
      dict_get_str(t->dict_, names::dunder_hash).is_null() &&
      failed(dict_set_str(t->dict_, names::dunder_hash, Value::none())))
    return Value::null();
  if (failed(wrap_implicit_classmethod(t->dict_, names::dunder_new, &staticmethod_type)) ||
      failed(wrap_implicit_classmethod(t->dict_, names::dunder_init_subclass, &classmethod_type)) ||
      failed(wrap_implicit_classmethod(t->dict_, names::dunder_class_getitem, &classmethod_type)))
    return Value::null();

  t->mro_ = compute_mro(t, bases);
  if (!t->mro_) return Value::null();
  type_register_subclass(t);

  // Layout: the base's, plus a __dict__ pointer unless the base has one or
  // __slots__ forbids it.
  t->flags_ = kTypeHeap | kTypeBaseType | (base->flags_ & (kTypeIntSubclass | kTypeStrSubclass |
               kTypeTupleSubclass | kTypeListSubclass | kTypeDictSubclass |
               kTypeExceptionSubclass | kTypeTypeSubclass | kTypeVarSized));
  t->instance_size_ = base->instance_size_;
  t->dict_offset_ = base->dict_offset_;
  t->flags_ |= base->flags_ & kTypeShaped;
  Value slots = dict_get_str(t->dict_, names::dunder_slots);
  bool wants_dict = true;
  if (!slots.is_null()) {
    Value seq = is_str(slots) ? Value::object(tuple_pack({slots})) : slots;
    Value lst = list_from_iterable(seq);
    if (lst.is_null()) return Value::null();
    List* l = lst.as<List>();
    wants_dict = false;
    for (size_t i = 0; i < l->size_; ++i) {
      if (!is_str(l->items_[i]))
        return raise(&exc::TypeError, "__slots__ items must be strings, not '%s'",
                     type_name_of(l->items_[i]));
      std::string_view slot = l->items_[i].as<Str>()->view();
      if (slot == "__dict__") wants_dict = true;
      // Private names are mangled as in the class body: __y -> _C__y.
      if (slot.size() > 2 && slot.substr(0, 2) == "__" &&
          slot.substr(slot.size() - 2) != "__") {
        std::string_view cls_name = t->name_str_->view();
        while (!cls_name.empty() && cls_name.front() == '_') cls_name.remove_prefix(1);
        if (!cls_name.empty())
          l->items_[i] = str_value("_" + std::string(cls_name) + std::string(slot));
      }
    }
    if (!wants_dict && !base->dict_offset_) {
      Value tup = list_to_tuple(l);
      if (tup.is_null()) return Value::null();
      t->slot_names_ = tup.as<Tuple>();
    }
  }
  if (!t->dict_offset_ && type_has_flag(base, kTypeVarSized)) {
    t->dict_offset_ = kDictAtEnd;
  } else if (!t->dict_offset_) {
    // A plain Python class: attributes live in shape-described blocks.
    t->flags_ |= kTypeShaped;
    t->dict_offset_ = (t->instance_size_ + 7) & ~7u;
    t->instance_size_ = t->dict_offset_ + sizeof(Dict*);
  }
  // Copy the base's slots, then let the dunders along the MRO decide.
  Type* solid = solid_base(base);
  t->gc_trace_ = heap_instance_trace;
  // __class__ assignment keeps the solid base, so this stays right.
  t->instance_base_trace_ =
      solid && solid->gc_trace_ != heap_instance_trace ? solid->gc_trace_ : nullptr;
  t->gc_finalize_ = solid->gc_finalize_;
#define TR_COPY(slot) t->slot = base->slot;
  TR_COPY(binary_) TR_COPY(inplace_) TR_COPY(unary_)
#undef TR_COPY
  update_heap_slots(t);

  if (classcell.is_object() && type_of(classcell) == &cell_type)
    classcell.as<Cell>()->value_ = Value::object(t);
  if (failed(run_set_name(t))) return Value::null();
  if (failed(run_init_subclass(t, kwargs, kwnames))) return Value::null();
  return Value::object(t);
}

}  // namespace tr
