// dict views (keys(), values(), items()) and the six dict iterators
// (forward and reversed over keys, values and items). The keys and items
// views are set-like: comparisons and & | - ^ answer with sets.
#include <string>

#include "objects/abstract.h"
#include "objects/dict_internal.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/repr_guard.h"
#include "objects/set_internal.h"
#include "objects/str.h"

namespace tr {

Type dict_keys_type, dict_values_type, dict_items_type;

namespace {

Type dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type,
    dict_reversekeyiterator_type, dict_reversevalueiterator_type,
    dict_reverseitemiterator_type;

struct DictView : Object {
  Dict* dict_;
};

// pos_ is the next entry to look at (reversed: one past it); used_ the
// dict's size when iteration began; remaining_ how many items are still due.
struct DictIter : Object {
  Dict* dict_;  // null once exhausted
  size_t pos_;
  size_t used_;
  size_t remaining_;
  DictIterKind kind_;
  bool reversed_;
};

void view_trace(Object* o, Tracer& t) { t.visit(static_cast<DictView*>(o)->dict_); }
void iter_trace(Object* o, Tracer& t) { t.visit(static_cast<DictIter*>(o)->dict_); }

Type* view_type(DictIterKind kind) {
  switch (kind) {
    case DictIterKind::Keys: return &dict_keys_type;
    case DictIterKind::Values: return &dict_values_type;
    case DictIterKind::Items: return &dict_items_type;
  }
  return nullptr;
}

inline bool is_keys_view(Value v) {
  return v.is_object() && v.as_object()->cls_ == &dict_keys_type;
}
inline bool is_items_view(Value v) {
  return v.is_object() && v.as_object()->cls_ == &dict_items_type;
}
inline bool is_setlike_view(Value v) { return is_keys_view(v) || is_items_view(v); }
inline Dict* view_dict(Value v) { return v.as<DictView>()->dict_; }

}  // namespace

Value dict_view_new(Dict* d, DictIterKind kind) {
  auto* v = alloc<DictView>(view_type(kind));
  v->dict_ = d;
  return Value::object(v);
}

Value dict_iter_new(Dict* d, DictIterKind kind, bool reversed) {
  static Type* const kForward[] = {&dict_keyiterator_type, &dict_valueiterator_type,
                                   &dict_itemiterator_type};
  static Type* const kBackward[] = {&dict_reversekeyiterator_type,
                                    &dict_reversevalueiterator_type,
                                    &dict_reverseitemiterator_type};
  Type* t = (reversed ? kBackward : kForward)[static_cast<int>(kind)];
  auto* it = alloc<DictIter>(t);
  it->dict_ = d;
  it->pos_ = reversed ? d->num_entries_ : 0;
  it->used_ = d->used_;
  it->remaining_ = d->used_;
  it->kind_ = kind;
  it->reversed_ = reversed;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// Iterators

namespace {

Value dict_iter_next(Value self) {
  auto* it = self.as<DictIter>();
  Dict* d = it->dict_;
  if (!d) return Value::exhausted();
  if (d->used_ != it->used_) {
    it->used_ = static_cast<size_t>(-1);  // keep failing, as CPython does
    return raise(&exc::RuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* e = nullptr;
  if (it->reversed_) {
    while (it->pos_ > 0) {
      DictEntry* c = &d->entries_[--it->pos_];
      if (it->pos_ < d->num_entries_ && !c->key.is_null()) {
        e = c;
        break;
      }
    }
  } else {
    while (it->pos_ < d->num_entries_) {
      DictEntry* c = &d->entries_[it->pos_++];
      if (!c->key.is_null()) {
        e = c;
        break;
      }
    }
  }
  if (!e) {
    it->dict_ = nullptr;
    return Value::exhausted();
  }
  if (it->remaining_ == 0) {
    it->dict_ = nullptr;
    return raise(&exc::RuntimeError, "dictionary keys changed during iteration");
  }
  it->remaining_--;
  switch (it->kind_) {
    case DictIterKind::Keys: return e->key;
    case DictIterKind::Values: return e->value;
    case DictIterKind::Items: return Value::object(tuple_pack({e->key, e->value}));
  }
  return Value::null();
}

Value dict_iter_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  auto* it = args[0].as<DictIter>();
  if (!it->dict_ || it->dict_->used_ != it->used_) return Value::small_int(0);
  return Value::small_int(static_cast<int64_t>(it->remaining_));
}

const MethodDef kDictIterMethods[] = {
    {"__length_hint__", dict_iter_length_hint, 0},
};

// ---------------------------------------------------------------------------
// Views: common slots

Value view_repr(Value self) {
  ReprGuard guard(self.as_object());
  if (guard.failed()) return Value::null();
  if (guard.recursive()) return str_value("...");
  Value items = list_from_iterable(self);
  if (items.is_null()) return items;
  Value r = repr(items);
  if (r.is_null()) return r;
  std::string out = type_name_of(self);
  out += "(";
  out += r.as<Str>()->view();
  out += ")";
  return str_value(out);
}

int64_t view_len(Value self) { return static_cast<int64_t>(view_dict(self)->used_); }

DictIterKind kind_of(Value view) {
  Type* t = type_of(view);
  if (t == &dict_keys_type) return DictIterKind::Keys;
  if (t == &dict_values_type) return DictIterKind::Values;
  return DictIterKind::Items;
}

Value view_iter(Value self) { return dict_iter_new(view_dict(self), kind_of(self), false); }

Value view_reversed(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__reversed__", nargs - 1, kwnames)) return Value::null();
  return dict_iter_new(view_dict(args[0]), kind_of(args[0]), true);
}

int64_t view_unhashable(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

int keys_contains(Value self, Value key) {
  Value v = dict_get(view_dict(self), key);
  if (!v.is_null()) return 1;
  return error_pending() ? -1 : 0;
}

int items_contains(Value self, Value item) {
  if (!is_tuple(item) || item.as<Tuple>()->size_ != 2) return 0;
  Tuple* t = item.as<Tuple>();
  Value v = dict_get(view_dict(self), t->items_[0]);
  if (v.is_null()) return error_pending() ? -1 : 0;
  return equals(v, t->items_[1]);
}

// ---------------------------------------------------------------------------
// Set-like behaviour of keys and items views

// Every item of `a` is in `b` (1, 0, -1).
int all_contained_in(Value a, Value b) {
  Value it = get_iter(a);
  if (it.is_null()) return -1;
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return -1;
    if (x.is_exhausted()) return 1;
    int r = contains(b, x);
    if (r <= 0) return r;
  }
}

Value view_compare(Value a, Value b, CompareOp op) {
  if (!is_setlike_view(a) || !(is_anyset(b) || is_setlike_view(b))) {
    return Value::not_implemented();
  }
  int64_t la = view_len(a);
  int64_t lb = length(b);
  if (lb < 0) return Value::null();
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = la == lb ? all_contained_in(a, b) : 0;
      if (r < 0) return Value::null();
      return Value::boolean((r == 1) == (op == CompareOp::Eq));
    case CompareOp::Lt: r = la < lb ? all_contained_in(a, b) : 0; break;
    case CompareOp::Le: r = la <= lb ? all_contained_in(a, b) : 0; break;
    case CompareOp::Gt: r = la > lb ? all_contained_in(b, a) : 0; break;
    case CompareOp::Ge: r = la >= lb ? all_contained_in(b, a) : 0; break;
  }
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

// set(view), or set(other) when the view is the right operand.
Value to_set(Value v) {
  if (is_keys_view(v)) return set_from_iterable(&set_type, Value::object(view_dict(v)));
  return set_from_iterable(&set_type, v);
}

Value view_intersect(Value self, Value other) {
  if (!is_setlike_view(self)) std::swap(self, other);
  int64_t len_self = view_len(self);
  if (other.is_object() && other.as_object()->cls_ == &set_type &&
      len_self <= static_cast<int64_t>(other.as<Set>()->used_)) {
    return set_intersection(other.as<Set>(), self);
  }
  if (is_setlike_view(other) && view_len(other) > len_self) std::swap(self, other);
  Set* result = set_new();
  Value it = get_iter(other);
  if (it.is_null()) return it;
  bool keys = is_keys_view(self);
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return x;
    if (x.is_exhausted()) return Value::object(result);
    int r = keys ? keys_contains(self, x) : items_contains(self, x);
    if (r < 0) return Value::null();
    if (r && failed(set_add(result, x))) return Value::null();
  }
}

Value view_binary(BinaryOp op, Value a, Value b) {
  if (!is_setlike_view(a) && !is_setlike_view(b)) return Value::not_implemented();
  if (op == BinaryOp::And) return view_intersect(a, b);
  if (op != BinaryOp::Or && op != BinaryOp::Sub && op != BinaryOp::Xor) {
    return Value::not_implemented();
  }
  Value r = to_set(a);
  if (r.is_null()) return r;
  Set* s = r.as<Set>();
  Status st = op == BinaryOp::Or    ? set_update(s, b)
              : op == BinaryOp::Sub ? set_difference_update(s, b)
                                    : set_symmetric_difference_update(s, b);
  if (failed(st)) return Value::null();
  return r;
}

Value view_isdisjoint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("isdisjoint", nargs - 1, kwnames)) return Value::null();
  Value self = args[0], other = args[1];
  // Iterate the smaller side when both sizes are known cheaply.
  Value probe = self, scan = other;
  if (is_anyset(other) || is_setlike_view(other)) {
    if (length(other) < view_len(self)) std::swap(probe, scan);
  }
  Value it = get_iter(scan);
  if (it.is_null()) return it;
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return x;
    if (x.is_exhausted()) return Value::true_();
    int r = contains(probe, x);
    if (r < 0) return Value::null();
    if (r) return Value::false_();
  }
}

Value view_mapping(const Value* args, size_t, Tuple*) {
  // CPython returns a read-only mappingproxy; the dict itself is the
  // closest thing this runtime has.
  return Value::object(view_dict(args[0]));
}

const MethodDef kSetLikeViewMethods[] = {
    {"__reversed__", view_reversed, 0},
    {"isdisjoint", view_isdisjoint, 0},
};
const MethodDef kValuesViewMethods[] = {
    {"__reversed__", view_reversed, 0},
};

void ready_iterator(Type* t, const char* name) {
  t->gc_trace_ = iter_trace;
  t->iter_ = iter_self;
  t->next_ = dict_iter_next;
  type_ready(t, name, nullptr, sizeof(DictIter), 0);
  add_methods(t, kDictIterMethods);
}

void ready_view(Type* t, const char* name) {
  t->gc_trace_ = view_trace;
  t->repr_ = view_repr;
  t->len_ = view_len;
  t->iter_ = view_iter;
  type_ready(t, name, nullptr, sizeof(DictView), 0);
  add_property(t, "mapping", view_mapping);
}

}  // namespace

void dict_views_init() {
  ready_iterator(&dict_keyiterator_type, "dict_keyiterator");
  ready_iterator(&dict_valueiterator_type, "dict_valueiterator");
  ready_iterator(&dict_itemiterator_type, "dict_itemiterator");
  ready_iterator(&dict_reversekeyiterator_type, "dict_reversekeyiterator");
  ready_iterator(&dict_reversevalueiterator_type, "dict_reversevalueiterator");
  ready_iterator(&dict_reverseitemiterator_type, "dict_reverseitemiterator");

  for (Type* t : {&dict_keys_type, &dict_items_type}) {
    t->hash_ = view_unhashable;
    t->compare_ = view_compare;
    t->binary_ = view_binary;
  }
  dict_keys_type.contains_ = keys_contains;
  dict_items_type.contains_ = items_contains;
  ready_view(&dict_keys_type, "dict_keys");
  ready_view(&dict_values_type, "dict_values");
  ready_view(&dict_items_type, "dict_items");
  add_methods(&dict_keys_type, kSetLikeViewMethods);
  add_methods(&dict_items_type, kSetLikeViewMethods);
  (void)dict_set_str(dict_keys_type.dict_, names::dunder_hash, Value::none());
  (void)dict_set_str(dict_items_type.dict_, names::dunder_hash, Value::none());
  add_methods(&dict_values_type, kValuesViewMethods);
}

}  // namespace tr
