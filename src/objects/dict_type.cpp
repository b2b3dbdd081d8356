// dict as a Python type: the slots (repr, ==, |, subscripts, iteration),
// construction and update from mappings or pairs, and the dict methods.
// The table itself is dict.cpp; views and iterators are dict_views.cpp.
#include <string>

#include "objects/abstract.h"
#include "objects/dict_internal.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/list_args.h"
#include "objects/repr_guard.h"
#include "objects/str.h"
#include "objects/type_internal.h"

namespace tr {

namespace {

inline bool is_exact_dict(Value v) {
  return v.is_object() && v.as_object()->cls_ == &dict_type;
}

// A dict (or subclass) whose iteration is dict's own, so its entries can be
// read directly instead of through keys() and __getitem__.
bool iterates_like_dict(Value v) {
  return is_dict(v) && type_of(v)->iter_ == dict_type.iter_;
}

// Merges the items of a dict source. Inserting may run __eq__, which may
// mutate the source: positions are re-checked every step.
Status merge_dict(Dict* d, Dict* src) {
  if (d == src) return Status::Ok;
  if (d->used_ == 0) return dict_copy_into(d, src);
  size_t pos = 0;
  Value k, v;
  int64_t h;
  size_t expected = src->used_;
  while (dict_next_hashed(src, &pos, &k, &v, &h)) {
    if (failed(dict_set_hashed(d, k, h, v))) return Status::Error;
    if (src->used_ != expected) {
      return raise_status(&exc::RuntimeError, "dict mutated during update");
    }
  }
  return Status::Ok;
}

// The mapping protocol: for k in other.keys(): d[k] = other[k].
Status merge_mapping(Dict* d, Value other, Value keys_method) {
  Value keys = call0(keys_method);
  if (keys.is_null()) return Status::Error;
  Value it = get_iter(keys);
  if (it.is_null()) return Status::Error;
  for (;;) {
    Value k = iter_next(it);
    if (k.is_null()) return Status::Error;
    if (k.is_exhausted()) return Status::Ok;
    Value v = getitem(other, k);
    if (v.is_null()) return Status::Error;
    if (failed(dict_set(d, k, v))) return Status::Error;
  }
}

// An iterable of key/value pairs.
Status merge_pairs(Dict* d, Value other) {
  Value it = get_iter(other);
  if (it.is_null()) return Status::Error;
  for (int64_t n = 0;; ++n) {
    Value item = iter_next(it);
    if (item.is_null()) return Status::Error;
    if (item.is_exhausted()) return Status::Ok;
    Value pair = item;
    if (!is_tuple(pair) && !is_list(pair)) {
      Value item_it = get_iter(item);
      if (item_it.is_null()) {
        if (error_matches(&exc::TypeError)) {
          error_clear();
          raise(&exc::TypeError,
                "cannot convert dictionary update sequence element #%lld to a sequence",
                static_cast<long long>(n));
        }
        return Status::Error;
      }
      pair = list_from_iterable(item_it);
      if (pair.is_null()) return Status::Error;
    }
    const Value* kv;
    size_t len;
    if (is_tuple(pair)) {
      kv = pair.as<Tuple>()->items_;
      len = pair.as<Tuple>()->size_;
    } else {
      kv = pair.as<List>()->items_;
      len = pair.as<List>()->size_;
    }
    if (len != 2) {
      return raise_status(&exc::ValueError,
                          "dictionary update sequence element #%lld has length %zu; 2 is required",
                          static_cast<long long>(n), len);
    }
    Value k = kv[0], v = kv[1];
    if (failed(dict_set(d, k, v))) return Status::Error;
  }
}

// Keyword arguments of dict(...) / update(...): name -> value.
Status merge_kwargs(Dict* d, const Value* kwvalues, Tuple* kwnames) {
  if (!kwnames) return Status::Ok;
  for (size_t i = 0; i < kwnames->size_; ++i) {
    if (failed(dict_set_str(d, kwnames->items_[i].as<Str>(), kwvalues[i]))) {
      return Status::Error;
    }
  }
  return Status::Ok;
}

}  // namespace

Status dict_update_arg(Dict* d, Value other) {
  if (iterates_like_dict(other)) return merge_dict(d, other.as<Dict>());
  Value keys = getattr_opt(other, names::keys);
  if (keys.is_null()) {
    if (error_pending()) return Status::Error;
    return merge_pairs(d, other);
  }
  return merge_mapping(d, other, keys);
}

Status dict_update(Dict* d, Value other) { return dict_update_arg(d, other); }

// ---------------------------------------------------------------------------
// Slots

namespace {

Value dict_repr(Value self) {
  auto* d = self.as<Dict>();
  if (d->used_ == 0) return str_value("{}");
  ReprGuard guard(d);
  if (guard.failed()) return Value::null();
  if (guard.recursive()) return str_value("{...}");
  std::string out = "{";
  size_t pos = 0;
  Value k, v;
  bool first = true;
  // A repr may mutate the dict; dict_next re-reads its bounds each step.
  while (dict_next(d, &pos, &k, &v)) {
    if (!first) out += ", ";
    first = false;
    Value kr = repr(k);
    if (kr.is_null()) return kr;
    out += kr.as<Str>()->view();
    out += ": ";
    Value vr = repr(v);
    if (vr.is_null()) return vr;
    out += vr.as<Str>()->view();
  }
  out += "}";
  return str_value(out);
}

int64_t dict_hash(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

// 1 equal, 0 not, -1 error.
int dict_equal(Dict* a, Dict* b) {
  if (a->used_ != b->used_) return 0;
  size_t pos = 0;
  Value k, v;
  int64_t h;
  while (dict_next_hashed(a, &pos, &k, &v, &h)) {
    Value bv = dict_get_hashed(b, k, h);
    if (bv.is_null()) return error_pending() ? -1 : 0;
    int eq = equals(v, bv);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value dict_compare(Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::not_implemented();
  }
  int eq = dict_equal(a.as<Dict>(), b.as<Dict>());
  if (eq < 0) return Value::null();
  return Value::boolean((eq == 1) == (op == CompareOp::Eq));
}

Value dict_binary(BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or || !is_dict(a) || !is_dict(b)) return Value::not_implemented();
  Dict* r = dict_copy(a.as<Dict>());
  if (failed(dict_update_arg(r, b))) return Value::null();
  return Value::object(r);
}

Value dict_inplace(BinaryOp op, Value a, Value b) {
  if (op != BinaryOp::Or || !is_dict(a)) return Value::not_implemented();
  if (failed(dict_update_arg(a.as<Dict>(), b))) return Value::null();
  return a;
}

int64_t dict_len(Value self) { return static_cast<int64_t>(self.as<Dict>()->used_); }

Value dict_subscript(Value self, Value key) {
  auto* d = self.as<Dict>();
  Value v = dict_get(d, key);
  if (!v.is_null() || error_pending()) return v;
  if (!is_exact_dict(self)) {
    Value missing = type_lookup(type_of(self), names::dunder_missing);
    if (!missing.is_null()) return call_bound_special(missing, self, &key, 1);
  }
  return raise_key_error(key);
}

Status dict_ass_subscript(Value self, Value key, Value v) {
  auto* d = self.as<Dict>();
  if (!v.is_null()) return dict_set(d, key, v);
  int r = dict_del(d, key);
  if (r < 0) return Status::Error;
  if (r == 0) {
    raise_key_error(key);
    return Status::Error;
  }
  return Status::Ok;
}

int dict_contains(Value self, Value key) {
  Value v = dict_get(self.as<Dict>(), key);
  if (!v.is_null()) return 1;
  return error_pending() ? -1 : 0;
}

Value dict_iter(Value self) {
  return dict_iter_new(self.as<Dict>(), DictIterKind::Keys, false);
}

Value dict_type_new(Type* cls, const Value*, size_t, Tuple*) {
  if (cls == &dict_type) return Value::object(dict_new());
  auto* d = static_cast<Dict*>(alloc_object(cls));
  // A fresh version even for an empty dict: caches may key on it.
  dict_clear(d);
  return Value::object(d);
}

Status dict_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::positional("dict", nargs, 0, 1)) return Status::Error;
  auto* d = self.as<Dict>();
  if (nargs == 1 && failed(dict_update_arg(d, args[0]))) return Status::Error;
  return merge_kwargs(d, args + nargs, kwnames);
}

// ---------------------------------------------------------------------------
// Methods

inline Dict* self_dict(const Value* args) { return args[0].as<Dict>(); }

Value dict_keys_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.keys", nargs - 1, kwnames)) return Value::null();
  return dict_view_new(self_dict(args), DictIterKind::Keys);
}

Value dict_values_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.values", nargs - 1, kwnames)) return Value::null();
  return dict_view_new(self_dict(args), DictIterKind::Values);
}

Value dict_items_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.items", nargs - 1, kwnames)) return Value::null();
  return dict_view_new(self_dict(args), DictIterKind::Items);
}

Value dict_get_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("dict.get", kwnames)) return Value::null();
  if (!args::positional("get", nargs - 1, 1, 2)) return Value::null();
  Value v = dict_get(self_dict(args), args[1]);
  if (!v.is_null() || error_pending()) return v;
  return nargs > 2 ? args[2] : Value::none();
}

Value dict_setdefault(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("dict.setdefault", kwnames)) return Value::null();
  if (!args::positional("setdefault", nargs - 1, 1, 2)) return Value::null();
  Dict* d = self_dict(args);
  int64_t h = dict_key_hash(args[1]);
  if (h == -1) return Value::null();
  Value v = dict_get_hashed(d, args[1], h);
  if (!v.is_null() || error_pending()) return v;
  Value dflt = nargs > 2 ? args[2] : Value::none();
  if (failed(dict_set_hashed(d, args[1], h, dflt))) return Value::null();
  return dflt;
}

Value dict_pop(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("dict.pop", kwnames)) return Value::null();
  if (!args::positional("pop", nargs - 1, 1, 2)) return Value::null();
  Dict* d = self_dict(args);
  int64_t h = dict_key_hash(args[1]);
  if (h == -1) return Value::null();
  Value v = dict_get_hashed(d, args[1], h);
  if (v.is_null()) {
    if (error_pending()) return v;
    if (nargs > 2) return args[2];
    return raise_key_error(args[1]);
  }
  if (dict_del_hashed(d, args[1], h) < 0) return Value::null();
  return v;
}

Value dict_popitem(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.popitem", nargs - 1, kwnames)) return Value::null();
  Value k, v;
  if (!dict_pop_last(self_dict(args), &k, &v)) {
    return raise(&exc::KeyError, "popitem(): dictionary is empty");
  }
  return Value::object(tuple_pack({k, v}));
}

Value dict_update_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::positional("update", nargs - 1, 0, 1)) return Value::null();
  Dict* d = self_dict(args);
  if (nargs == 2 && failed(dict_update_arg(d, args[1]))) return Value::null();
  if (failed(merge_kwargs(d, args + nargs, kwnames))) return Value::null();
  return Value::none();
}

Value dict_copy_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.copy", nargs - 1, kwnames)) return Value::null();
  Dict* r = dict_copy(self_dict(args));
  if (error_pending()) return Value::null();
  return Value::object(r);
}

Value dict_clear_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.clear", nargs - 1, kwnames)) return Value::null();
  dict_clear(self_dict(args));
  return Value::none();
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
Value dict_fromkeys(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("dict.fromkeys", kwnames)) return Value::null();
  if (!args::positional("fromkeys", nargs - 1, 1, 2)) return Value::null();
  Value value = nargs > 2 ? args[2] : Value::none();
  Value d = call0(args[0]);
  if (d.is_null()) return d;
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  bool direct = is_exact_dict(d);
  for (;;) {
    Value k = iter_next(it);
    if (k.is_null()) return k;
    if (k.is_exhausted()) return d;
    Status s = direct ? dict_set(d.as<Dict>(), k, value) : setitem(d, k, value);
    if (failed(s)) return Value::null();
  }
}

Value dict_contains_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("dict.__contains__", nargs - 1, kwnames)) return Value::null();
  int r = dict_contains(args[0], args[1]);
  return r < 0 ? Value::null() : Value::boolean(r);
}

Value dict_getitem_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("dict.__getitem__", nargs - 1, kwnames)) return Value::null();
  return dict_subscript(args[0], args[1]);
}

Value dict_reversed_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("dict.__reversed__", nargs - 1, kwnames)) return Value::null();
  return dict_iter_new(self_dict(args), DictIterKind::Keys, true);
}

// |= as a method (the slot wrappers cover binary_ only).
Value dict_ior_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("dict.__ior__", nargs - 1, kwnames)) return Value::null();
  return dict_inplace(BinaryOp::Or, args[0], args[1]);
}

const MethodDef kDictMethods[] = {
    {"keys", dict_keys_method, 0},
    {"values", dict_values_method, 0},
    {"items", dict_items_method, 0},
    {"get", dict_get_method, 0},
    {"setdefault", dict_setdefault, 0},
    {"pop", dict_pop, 0},
    {"popitem", dict_popitem, 0},
    {"update", dict_update_method, 0},
    {"copy", dict_copy_method, 0},
    {"clear", dict_clear_method, 0},
    {"fromkeys", dict_fromkeys, kNativeClassMethod},
    {"__contains__", dict_contains_method, 0},
    {"__getitem__", dict_getitem_method, 0},
    {"__reversed__", dict_reversed_method, 0},
    {"__ior__", dict_ior_method, 0},
};

}  // namespace

void dict_type_init() {
  dict_type.repr_ = dict_repr;
  dict_type.hash_ = dict_hash;
  dict_type.compare_ = dict_compare;
  dict_type.binary_ = dict_binary;
  dict_type.inplace_ = dict_inplace;
  dict_type.len_ = dict_len;
  dict_type.getitem_ = dict_subscript;
  dict_type.setitem_ = dict_ass_subscript;
  dict_type.contains_ = dict_contains;
  dict_type.iter_ = dict_iter;
  dict_type.new_ = dict_type_new;
  dict_type.init_ = dict_init;
  type_ready(&dict_type, "dict", nullptr, sizeof(Dict), kTypeBaseType | kTypeDictSubclass);
  add_methods(&dict_type, kDictMethods);
  (void)dict_set_str(dict_type.dict_, names::dunder_hash, Value::none());
  dict_views_init();
}

}  // namespace tr
