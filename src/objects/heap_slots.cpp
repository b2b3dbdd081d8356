// Slots of classes written in Python: each calls the dunder method found
// along the MRO. update_heap_slots() picks, per slot, either one of these or
// the built-in slot whose wrapper the lookup found (no Python call then).
#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {
namespace {

Value lookup(Value self, Str* name) { return type_lookup(type_of(self), name); }

Value call0_special(Value self, Str* name) {
  Value m = lookup(self, name);
  if (m.is_null())
    return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name_of(self),
                 name->data_);
  return call_bound_special(m, self, nullptr, 0);
}

Value heap_repr(Value self) { return call0_special(self, names::dunder_repr); }
Value heap_str(Value self) { return call0_special(self, names::dunder_str); }

int64_t heap_hash(Value self) {
  Value m = lookup(self, names::dunder_hash);
  if (m.is_null() || m.is_none()) {
    raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
    return -1;
  }
  Value r = call_bound_special(m, self, nullptr, 0);
  if (r.is_null()) return -1;
  if (!is_int(r)) {
    raise(&exc::TypeError, "__hash__ method should return an integer");
    return -1;
  }
  // A result that fits a machine word is the hash as it is (-1 is the error
  // marker, so it becomes -2); larger ones are reduced as hash(int) does.
  int64_t h;
  if (int_to_i64(r, &h)) return h == -1 ? -2 : h;
  return int_hash(r);
}

int64_t hash_unhashable(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

Str* compare_name(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return names::dunder_lt;
    case CompareOp::Le: return names::dunder_le;
    case CompareOp::Eq: return names::dunder_eq;
    case CompareOp::Ne: return names::dunder_ne;
    case CompareOp::Gt: return names::dunder_gt;
    case CompareOp::Ge: return names::dunder_ge;
  }
  return names::dunder_eq;
}

Value heap_compare(Value a, Value b, CompareOp op) {
  Value m = lookup(a, compare_name(op));
  if (m.is_null() || m.is_none()) return Value::not_implemented();
  return call_bound_special(m, a, &b, 1);
}

int heap_bool(Value self) {
  Value m = lookup(self, names::dunder_bool);
  if (m.is_null()) {
    Value l = lookup(self, names::dunder_len);
    if (l.is_null()) return 1;
    int64_t n = length(self);
    return n < 0 ? -1 : n > 0;
  }
  Value r = call_bound_special(m, self, nullptr, 0);
  if (r.is_null()) return -1;
  if (!r.is_bool()) {
    raise(&exc::TypeError, "__bool__ should return bool, returned %s", type_name_of(r));
    return -1;
  }
  return r.is_true();
}

int64_t heap_len(Value self) {
  Value r = call0_special(self, names::dunder_len);
  if (r.is_null()) return -1;
  Value i = to_index(r);
  if (i.is_null()) return -1;
  int64_t n;
  if (!int_to_i64(i, &n)) {
    raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    raise(&exc::ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Value heap_getattribute(Value self, Str* name) {
  Value m = lookup(self, names::dunder_getattribute);
  Value arg = Value::object(name);
  Value r = call_bound_special(m, self, &arg, 1);
  if (!r.is_null() || !error_matches(&exc::AttributeError)) return r;
  Value ga = lookup(self, names::dunder_getattr);
  if (ga.is_null()) return r;
  error_clear();
  return call_bound_special(ga, self, &arg, 1);
}

Status heap_setattr(Value self, Str* name, Value v) {
  Value arg[2] = {Value::object(name), v};
  Value m = lookup(self, v.is_null() ? names::dunder_delattr : names::dunder_setattr);
  Value r = call_bound_special(m, self, arg, v.is_null() ? 1 : 2);
  return r.is_null() ? Status::Error : Status::Ok;
}

Value heap_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value m = lookup(self, names::dunder_call);
  Type* mt = type_of(m);
  Value bound = mt->descr_get_ ? mt->descr_get_(m, self, Value::object(type_of(self))) : m;
  if (bound.is_null()) return bound;
  return call(bound, args, nargs, kw);
}

Value heap_iter(Value self) { return call0_special(self, names::dunder_iter); }

Value heap_next(Value self) {
  Value r = call0_special(self, names::dunder_next);
  if (r.is_null() && error_matches(&exc::StopIteration)) {
    error_clear();
    return Value::exhausted();
  }
  return r;
}

Value heap_getitem(Value self, Value key) {
  Value m = lookup(self, names::dunder_getitem);
  return call_bound_special(m, self, &key, 1);
}

Status heap_setitem(Value self, Value key, Value v) {
  Value m = lookup(self, v.is_null() ? names::dunder_delitem : names::dunder_setitem);
  if (m.is_null())
    return raise_status(&exc::TypeError, v.is_null()
                                             ? "'%s' object does not support item deletion"
                                             : "'%s' object does not support item assignment",
                        type_name_of(self));
  Value args[2] = {key, v};
  Value r = call_bound_special(m, self, args, v.is_null() ? 1 : 2);
  return r.is_null() ? Status::Error : Status::Ok;
}

int heap_contains(Value self, Value item) {
  Value m = lookup(self, names::dunder_contains);
  Value r = call_bound_special(m, self, &item, 1);
  if (r.is_null()) return -1;
  return truthy(r);
}

Value heap_descr_get(Value descr, Value obj, Value owner) {
  Value m = lookup(descr, names::dunder_get);
  Value args[2] = {obj.is_null() ? Value::none() : obj, owner.is_null() ? Value::none() : owner};
  return call_bound_special(m, descr, args, 2);
}

Status heap_descr_set(Value descr, Value obj, Value v) {
  Value m = lookup(descr, v.is_null() ? names::dunder_delete : names::dunder_set);
  if (m.is_null())
    return raise_status(&exc::AttributeError, v.is_null() ? "__delete__" : "__set__");
  Value args[2] = {obj, v};
  Value r = call_bound_special(m, descr, args, v.is_null() ? 1 : 2);
  return r.is_null() ? Status::Error : Status::Ok;
}

Status heap_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value m = lookup(self, names::dunder_init);
  Type* mt = type_of(m);
  Value r;
  if (mt == &function_type) {
    size_t total = nargs + (kw ? kw->size_ : 0);
    RootedValues buf;
    buf.resize(total + 1);
    buf[0] = self;
    for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
    r = call(m, buf.data(), nargs + 1, kw);
  } else {
    Value bound = mt->descr_get_ ? mt->descr_get_(m, self, Value::object(type_of(self))) : m;
    if (bound.is_null()) return Status::Error;
    r = call(bound, args, nargs, kw);
  }
  if (r.is_null()) return Status::Error;
  if (!r.is_none())
    return raise_status(&exc::TypeError, "__init__() should return None, not '%s'",
                        type_name_of(r));
  return Status::Ok;
}

Value heap_new(Type* cls, const Value* args, size_t nargs, Tuple* kw) {
  Value m = type_lookup(cls, names::dunder_new);
  if (type_of(m) == &staticmethod_type) m = m.as<StaticMethod>()->func_;
  size_t total = nargs + (kw ? kw->size_ : 0);
  RootedValues buf;
  buf.resize(total + 1);
  buf[0] = Value::object(cls);
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(m, buf.data(), nargs + 1, kw);
}

Value heap_format(Value self, Str* spec) {
  Value m = lookup(self, names::dunder_format);
  Value arg = Value::object(spec);
  return call_bound_special(m, self, &arg, 1);
}

Value heap_index(Value self) { return call0_special(self, names::dunder_index); }

}  // namespace

void update_heap_slots(Type* t) {
  Type* base = t->base_;
  // Picks the built-in slot behind a wrapper, the Python-calling slot for a
  // Python definition, or nothing.
#define TR_PICK(slot, dunder, heap_fn)                                 \
  {                                                                    \
    Value m = type_lookup(t, names::dunder);                           \
    if (m.is_null()) t->slot = nullptr;                                \
    else if (is_slot_wrapper(m)) t->slot = slot_wrapper_owner(m)->slot; \
    else t->slot = heap_fn;                                            \
  }
  TR_PICK(repr_, dunder_repr, heap_repr)
  TR_PICK(str_, dunder_str, heap_str)
  {
    Value m = type_lookup(t, names::dunder_hash);
    if (m.is_null() || m.is_none()) t->hash_ = hash_unhashable;
    else if (is_slot_wrapper(m)) t->hash_ = slot_wrapper_owner(m)->hash_;
    else t->hash_ = heap_hash;
  }
  {
    bool python = false;
    Str* const cmp[] = {names::dunder_lt, names::dunder_le, names::dunder_eq,
                        names::dunder_ne, names::dunder_gt, names::dunder_ge};
    for (Str* n : cmp) {
      Value m = type_lookup(t, n);
      if (!m.is_null() && !is_slot_wrapper(m)) python = true;
    }
    t->compare_ = python ? heap_compare : base->compare_;
  }
  TR_PICK(bool_, dunder_bool, heap_bool)
  TR_PICK(len_, dunder_len, heap_len)
  if (!t->bool_ && t->len_ == heap_len) t->bool_ = heap_bool;
  {
    Value m = type_lookup(t, names::dunder_getattribute);
    if (!m.is_null() && !is_slot_wrapper(m)) t->getattr_ = heap_getattribute;
    else t->getattr_ = m.is_null() ? generic_getattr : slot_wrapper_owner(m)->getattr_;
  }
  {
    Value s = type_lookup(t, names::dunder_setattr);
    Value d = type_lookup(t, names::dunder_delattr);
    if ((!s.is_null() && !is_slot_wrapper(s)) || (!d.is_null() && !is_slot_wrapper(d)))
      t->setattr_ = heap_setattr;
    else t->setattr_ = s.is_null() ? generic_setattr : slot_wrapper_owner(s)->setattr_;
  }
  TR_PICK(call_, dunder_call, heap_call)
  TR_PICK(iter_, dunder_iter, heap_iter)
  TR_PICK(next_, dunder_next, heap_next)
  TR_PICK(getitem_, dunder_getitem, heap_getitem)
  {
    Value s = type_lookup(t, names::dunder_setitem);
    Value d = type_lookup(t, names::dunder_delitem);
    if ((!s.is_null() && !is_slot_wrapper(s)) || (!d.is_null() && !is_slot_wrapper(d)))
      t->setitem_ = heap_setitem;
    else t->setitem_ = s.is_null() ? nullptr : slot_wrapper_owner(s)->setitem_;
  }
  TR_PICK(contains_, dunder_contains, heap_contains)
  TR_PICK(descr_get_, dunder_get, heap_descr_get)
  {
    Value s = type_lookup(t, names::dunder_set);
    Value d = type_lookup(t, names::dunder_delete);
    if ((!s.is_null() && !is_slot_wrapper(s)) || (!d.is_null() && !is_slot_wrapper(d)))
      t->descr_set_ = heap_descr_set;
    else t->descr_set_ = s.is_null() ? nullptr : slot_wrapper_owner(s)->descr_set_;
  }
  TR_PICK(init_, dunder_init, heap_init)
  TR_PICK(new_, dunder_new, heap_new)
  TR_PICK(format_, dunder_format, heap_format)
  TR_PICK(index_, dunder_index, heap_index)
#undef TR_PICK
  type_modified(t);
}

}  // namespace tr
