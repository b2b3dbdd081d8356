// set and frozenset as Python types: repr, hash, comparisons, the | & - ^
// operators (and in-place forms for set), construction, the methods, and
// set_iterator. The table is set.cpp; the algebra set_ops.cpp.
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/repr_guard.h"
#include "objects/set_internal.h"
#include "objects/str.h"

namespace tr {

Type set_iterator_type;

namespace {

// ---------------------------------------------------------------------------
// Iterator

struct SetIter : Object {
  Set* set_;  // null once exhausted
  size_t pos_;
  size_t used_;       // the set's size when iteration began
  size_t remaining_;  // for __length_hint__
};

void set_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<SetIter*>(o)->set_); }

Value set_iter_next(Value self) {
  auto* it = self.as<SetIter>();
  Set* s = it->set_;
  if (!s) return Value::exhausted();
  if (s->used_ != it->used_) {
    it->used_ = static_cast<size_t>(-1);
    return raise(&exc::RuntimeError, "Set changed size during iteration");
  }
  Value key;
  if (!set_next_hashed(s, &it->pos_, &key, nullptr)) {
    it->set_ = nullptr;
    return Value::exhausted();
  }
  if (it->remaining_) it->remaining_--;
  return key;
}

Value set_iter_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  auto* it = args[0].as<SetIter>();
  if (!it->set_ || it->set_->used_ != it->used_) return Value::small_int(0);
  return Value::small_int(static_cast<int64_t>(it->remaining_));
}

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", set_iter_length_hint, 0},
};

inline Set* as_set(Value v) { return v.as<Set>(); }
inline bool is_exact(Value v, const Type* t) {
  return v.is_object() && v.as_object()->cls_ == t;
}

}  // namespace

Value set_iter_new(Set* s) {
  auto* it = alloc<SetIter>(&set_iterator_type);
  it->set_ = s;
  it->used_ = s->used_;
  it->remaining_ = s->used_;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// Slots

namespace {

Value set_repr(Value self) {
  Set* s = as_set(self);
  const char* name = type_name_of(self);
  ReprGuard guard(s);
  if (guard.failed()) return Value::null();
  if (guard.recursive()) return str_value(std::string(name) + "(...)");
  if (s->used_ == 0) return str_value(std::string(name) + "()");
  std::string out;
  bool exact_set = is_exact(self, &set_type);
  if (!exact_set) out = std::string(name) + "(";
  out += "{";
  // Snapshot the keys first: a repr may mutate the set.
  Value keys = list_from_iterable(self);
  if (keys.is_null()) return keys;
  List* l = keys.as<List>();
  for (size_t i = 0; i < l->size_; ++i) {
    if (i) out += ", ";
    Value r = repr(l->items_[i]);
    if (r.is_null()) return r;
    out += r.as<Str>()->view();
  }
  out += "}";
  if (!exact_set) out += ")";
  return str_value(out);
}

int64_t set_unhashable(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

// Order-independent: a mix of every key's hash, spread so that nested
// frozensets and small int sets do not collide (CPython's scheme).
int64_t frozenset_hash(Value self) {
  Set* s = as_set(self);
  if (s->hash_ != -1) return s->hash_;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t h = 0;
  size_t pos = 0;
  Value key;
  int64_t kh;
  while (set_next_hashed(s, &pos, &key, &kh)) h ^= shuffle(static_cast<uint64_t>(kh));
  h ^= (static_cast<uint64_t>(s->used_) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == ~uint64_t{0}) h = 590923713ull;
  s->hash_ = static_cast<int64_t>(h);
  return s->hash_;
}

Value set_compare(Value a, Value b, CompareOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return Value::not_implemented();
  Set* v = as_set(a);
  Set* w = as_set(b);
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (v->used_ != w->used_) {
        r = 0;
      } else if (v->hash_ != -1 && w->hash_ != -1 && v->hash_ != w->hash_) {
        r = 0;
      } else {
        r = set_issubset(v, b);
      }
      if (r < 0) return Value::null();
      return Value::boolean((r == 1) == (op == CompareOp::Eq));
    case CompareOp::Le: r = set_issubset(v, b); break;
    case CompareOp::Ge: r = set_issuperset(v, b); break;
    case CompareOp::Lt: r = v->used_ < w->used_ ? set_issubset(v, b) : 0; break;
    case CompareOp::Gt: r = v->used_ > w->used_ ? set_issuperset(v, b) : 0; break;
  }
  if (r < 0) return Value::null();
  return Value::boolean(r == 1);
}

Value set_binary(BinaryOp op, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value::not_implemented();
  Set* s = as_set(a);
  switch (op) {
    case BinaryOp::Or: {
      Value r = set_copy_as(s, set_result_type(a));
      if (r.is_null() || a == b) return r;
      if (failed(set_update(as_set(r), b))) return Value::null();
      return r;
    }
    case BinaryOp::And: return set_intersection(s, b);
    case BinaryOp::Sub: return set_difference(s, b);
    case BinaryOp::Xor: return set_symmetric_difference(s, b);
    default: return Value::not_implemented();
  }
}

Value set_inplace(BinaryOp op, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value::not_implemented();
  Set* s = as_set(a);
  Status st;
  switch (op) {
    case BinaryOp::Or: st = set_update(s, b); break;
    case BinaryOp::And: st = set_intersection_update(s, b); break;
    case BinaryOp::Sub: st = set_difference_update(s, b); break;
    case BinaryOp::Xor: st = set_symmetric_difference_update(s, b); break;
    default: return Value::not_implemented();
  }
  return failed(st) ? Value::null() : a;
}

int64_t set_len(Value self) { return static_cast<int64_t>(as_set(self)->used_); }
int set_contains_slot(Value self, Value key) { return set_contains(as_set(self), key); }
Value set_iter_slot(Value self) { return set_iter_new(as_set(self)); }

Value set_type_new(Type* cls, const Value*, size_t, Tuple* kwnames) {
  if (cls == &set_type && !args::no_kwargs("set", kwnames)) return Value::null();
  return Value::object(set_new(cls));
}

Status set_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type_of(self) == &set_type && !args::no_kwargs("set", kwnames)) return Status::Error;
  if (!args::positional("set", nargs, 0, 1)) return Status::Error;
  Set* s = as_set(self);
  set_clear(s);
  if (nargs == 0) return Status::Ok;
  return set_update(s, args[0]);
}

Value frozenset_type_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == &frozenset_type && !args::no_kwargs("frozenset", kwnames)) return Value::null();
  if (!args::positional("frozenset", nargs, 0, 1)) return Value::null();
  if (nargs == 1 && cls == &frozenset_type && is_exact(args[0], &frozenset_type)) {
    return args[0];
  }
  Set* s = set_new(cls);
  if (nargs == 1 && failed(set_update(s, args[0]))) return Value::null();
  return Value::object(s);
}

// ---------------------------------------------------------------------------
// Methods. The qualified name in messages is the receiver's base type.

const char* qual(Value self, const char* method) {
  static std::string buf;
  buf = std::string(is_frozenset(self) ? "frozenset." : "set.") + method;
  return buf.c_str();
}

Value set_add_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("set.add", nargs - 1, kwnames)) return Value::null();
  if (failed(set_add(as_set(args[0]), args[1]))) return Value::null();
  return Value::none();
}

Value set_clear_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("set.clear", nargs - 1, kwnames)) return Value::null();
  set_clear(as_set(args[0]));
  return Value::none();
}

Value set_copy_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args(qual(args[0], "copy"), nargs - 1, kwnames)) return Value::null();
  // An exact frozenset is immutable: copy() may return it.
  if (is_exact(args[0], &frozenset_type)) return args[0];
  return set_copy_as(as_set(args[0]), set_result_type(args[0]));
}

Value set_discard_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("set.discard", nargs - 1, kwnames)) return Value::null();
  if (set_discard(as_set(args[0]), args[1]) < 0) return Value::null();
  return Value::none();
}

Value set_remove_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("set.remove", nargs - 1, kwnames)) return Value::null();
  int r = set_discard(as_set(args[0]), args[1]);
  if (r < 0) return Value::null();
  if (r == 0) return raise_key_error(args[1]);
  return Value::none();
}

Value set_pop_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("set.pop", nargs - 1, kwnames)) return Value::null();
  Value key;
  if (!set_pop_key(as_set(args[0]), &key)) return raise(&exc::KeyError, "pop from an empty set");
  return key;
}

Value set_union_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs(qual(args[0], "union"), kwnames)) return Value::null();
  Value r = set_copy_as(as_set(args[0]), set_result_type(args[0]));
  if (r.is_null()) return r;
  for (size_t i = 1; i < nargs; ++i) {
    if (args[i] == args[0]) continue;
    if (failed(set_update(as_set(r), args[i]))) return Value::null();
  }
  return r;
}

Value set_update_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("set.update", kwnames)) return Value::null();
  for (size_t i = 1; i < nargs; ++i) {
    if (failed(set_update(as_set(args[0]), args[i]))) return Value::null();
  }
  return Value::none();
}

Value intersection_multi(const Value* args, size_t nargs) {
  if (nargs == 1) return set_copy_as(as_set(args[0]), set_result_type(args[0]));
  Value r = args[0];
  for (size_t i = 1; i < nargs; ++i) {
    r = set_intersection(as_set(r), args[i]);
    if (r.is_null()) return r;
  }
  return r;
}

Value set_intersection_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs(qual(args[0], "intersection"), kwnames)) return Value::null();
  return intersection_multi(args, nargs);
}

Value set_intersection_update_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("set.intersection_update", kwnames)) return Value::null();
  Value tmp = intersection_multi(args, nargs);
  if (tmp.is_null()) return tmp;
  set_swap_bodies(as_set(args[0]), as_set(tmp));
  return Value::none();
}

Value set_difference_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs(qual(args[0], "difference"), kwnames)) return Value::null();
  Set* s = as_set(args[0]);
  if (nargs == 1) return set_copy_as(s, set_result_type(args[0]));
  Value r = set_difference(s, args[1]);
  for (size_t i = 2; i < nargs && !r.is_null(); ++i) {
    if (failed(set_difference_update(as_set(r), args[i]))) return Value::null();
  }
  return r;
}

Value set_difference_update_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("set.difference_update", kwnames)) return Value::null();
  for (size_t i = 1; i < nargs; ++i) {
    if (failed(set_difference_update(as_set(args[0]), args[i]))) return Value::null();
  }
  return Value::none();
}

Value set_symdiff_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one(qual(args[0], "symmetric_difference"), nargs - 1, kwnames)) {
    return Value::null();
  }
  return set_symmetric_difference(as_set(args[0]), args[1]);
}

Value set_symdiff_update_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("set.symmetric_difference_update", nargs - 1, kwnames)) {
    return Value::null();
  }
  if (failed(set_symmetric_difference_update(as_set(args[0]), args[1]))) return Value::null();
  return Value::none();
}

// The in-place operators as methods (the slot wrappers cover binary_ only).
template <BinaryOp kOp>
Value set_inplace_method(const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = kOp == BinaryOp::Or    ? "set.__ior__"
                     : kOp == BinaryOp::And ? "set.__iand__"
                     : kOp == BinaryOp::Sub ? "set.__isub__"
                                            : "set.__ixor__";
  if (!args::exactly_one(name, nargs - 1, kwnames)) return Value::null();
  return set_inplace(kOp, args[0], args[1]);
}

Value bool_result(int r) { return r < 0 ? Value::null() : Value::boolean(r == 1); }

Value set_issubset_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one(qual(args[0], "issubset"), nargs - 1, kwnames)) return Value::null();
  return bool_result(set_issubset(as_set(args[0]), args[1]));
}

Value set_issuperset_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one(qual(args[0], "issuperset"), nargs - 1, kwnames)) return Value::null();
  return bool_result(set_issuperset(as_set(args[0]), args[1]));
}

Value set_isdisjoint_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one(qual(args[0], "isdisjoint"), nargs - 1, kwnames)) return Value::null();
  return bool_result(set_isdisjoint(as_set(args[0]), args[1]));
}

Value set_contains_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one(qual(args[0], "__contains__"), nargs - 1, kwnames)) {
    return Value::null();
  }
  return bool_result(set_contains(as_set(args[0]), args[1]));
}

Value set_sizeof(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args(qual(args[0], "__sizeof__"), nargs - 1, kwnames)) return Value::null();
  Set* s = as_set(args[0]);
  // CPython's figures: 200 bytes with the inline 8-slot table, plus 16 per
  // slot of a bigger table.
  size_t slots = s->table_ ? s->mask_ + 1 : 8;
  return Value::small_int(static_cast<int64_t>(slots > 8 ? 200 + 16 * slots : 200));
}

const MethodDef kFrozenSetMethods[] = {
    {"copy", set_copy_method, 0},
    {"difference", set_difference_method, 0},
    {"intersection", set_intersection_method, 0},
    {"isdisjoint", set_isdisjoint_method, 0},
    {"issubset", set_issubset_method, 0},
    {"issuperset", set_issuperset_method, 0},
    {"symmetric_difference", set_symdiff_method, 0},
    {"union", set_union_method, 0},
    {"__contains__", set_contains_method, 0},
    {"__sizeof__", set_sizeof, 0},
};

const MethodDef kSetOnlyMethods[] = {
    {"add", set_add_method, 0},
    {"clear", set_clear_method, 0},
    {"discard", set_discard_method, 0},
    {"remove", set_remove_method, 0},
    {"pop", set_pop_method, 0},
    {"update", set_update_method, 0},
    {"intersection_update", set_intersection_update_method, 0},
    {"difference_update", set_difference_update_method, 0},
    {"symmetric_difference_update", set_symdiff_update_method, 0},
    {"__ior__", set_inplace_method<BinaryOp::Or>, 0},
    {"__iand__", set_inplace_method<BinaryOp::And>, 0},
    {"__isub__", set_inplace_method<BinaryOp::Sub>, 0},
    {"__ixor__", set_inplace_method<BinaryOp::Xor>, 0},
};

void set_common_slots(Type* t) {
  t->repr_ = set_repr;
  t->compare_ = set_compare;
  t->binary_ = set_binary;
  t->len_ = set_len;
  t->contains_ = set_contains_slot;
  t->iter_ = set_iter_slot;
}

}  // namespace

void set_type_init() {
  set_common_slots(&set_type);
  set_type.hash_ = set_unhashable;
  set_type.inplace_ = set_inplace;
  set_type.new_ = set_type_new;
  set_type.init_ = set_init;
  type_ready(&set_type, "set", nullptr, sizeof(Set), kTypeBaseType);
  add_methods(&set_type, kFrozenSetMethods);
  add_methods(&set_type, kSetOnlyMethods);
  (void)dict_set_str(set_type.dict_, names::dunder_hash, Value::none());

  set_common_slots(&frozenset_type);
  frozenset_type.hash_ = frozenset_hash;
  frozenset_type.new_ = frozenset_type_new;
  type_ready(&frozenset_type, "frozenset", nullptr, sizeof(Set), kTypeBaseType);
  add_methods(&frozenset_type, kFrozenSetMethods);

  set_iterator_type.gc_trace_ = set_iter_trace;
  set_iterator_type.iter_ = iter_self;
  set_iterator_type.next_ = set_iter_next;
  type_ready(&set_iterator_type, "set_iterator", nullptr, sizeof(SetIter), 0);
  add_methods(&set_iterator_type, kSetIterMethods);
}

}  // namespace tr
