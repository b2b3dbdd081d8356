// The generic operations (abstract.h): Python's rules for operators,
// comparison, truth, length, hashing and conversion, dispatching through
// type slots, and through dunder methods for classes written in Python.
#include "objects/abstract.h"

#include <cmath>

#include "objects/objects.h"
#include "objects/shape.h"
#include "objects/type_internal.h"

namespace tr {

// ---------------------------------------------------------------------------
// Operator names

namespace {
const char* const kBinarySymbols[] = {"+", "-", "*", "@", "/", "//", "%", "**",
                                      "<<", ">>", "&", "|", "^"};
const char* const kInplaceSymbols[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=",
                                       "**=", "<<=", ">>=", "&=", "|=", "^="};
const char* const kBinaryNames[] = {"add", "sub", "mul", "matmul", "truediv",
                                    "floordiv", "mod", "pow", "lshift", "rshift",
                                    "and", "or", "xor"};
Str* g_dunders[3][kNumBinaryOps];

Str* dunder(int kind, BinaryOp op) {
  Str*& s = g_dunders[kind][static_cast<int>(op)];
  if (!s) {
    const char* prefix = kind == 0 ? "__" : kind == 1 ? "__r" : "__i";
    std::string n = std::string(prefix) + kBinaryNames[static_cast<int>(op)] + "__";
    s = str_intern(n);
  }
  return s;
}
}  // namespace

const char* binary_op_symbol(BinaryOp op) { return kBinarySymbols[static_cast<int>(op)]; }
const char* inplace_op_symbol(BinaryOp op) { return kInplaceSymbols[static_cast<int>(op)]; }
Str* binary_dunder(BinaryOp op) { return dunder(0, op); }
Str* binary_rdunder(BinaryOp op) { return dunder(1, op); }
Str* binary_idunder(BinaryOp op) { return dunder(2, op); }

// ---------------------------------------------------------------------------
// Calling special methods found on a type

Value call_bound_special(Value m, Value self, const Value* args, size_t nargs) {
  Value buf[8];
  if (nargs < 7) {
    buf[0] = self;
    for (size_t i = 0; i < nargs; ++i) buf[i + 1] = args[i];
    Type* mt = type_of(m);
    if (mt == &function_type || mt == &native_function_type || is_slot_wrapper(m))
      return call(m, buf, nargs + 1);
  }
  Type* mt = type_of(m);
  Value bound = m;
  if (mt->descr_get_) {
    bound = mt->descr_get_(m, self, Value::object(type_of(self)));
    if (bound.is_null()) return bound;
  }
  return call(bound, args, nargs);
}

namespace {

// A Python-level definition of `name` on a heap type, or null.
Value python_dunder(Type* t, Str* name) {
  if (!type_has_flag(t, kTypeHeap)) return Value::null();
  Value m = type_lookup(t, name);
  if (m.is_null() || is_slot_wrapper(m)) return Value::null();
  return m;
}

Value forward_binary(Type* t, BinaryOp op, Value a, Value b) {
  Value m = python_dunder(t, binary_dunder(op));
  if (!m.is_null()) {
    if (m.is_none()) return Value::not_implemented();
    return call_bound_special(m, a, &b, 1);
  }
  return t->binary_ ? t->binary_(op, a, b) : Value::not_implemented();
}

Value reflected_binary(Type* t, BinaryOp op, Value a, Value b) {
  Value m = python_dunder(t, binary_rdunder(op));
  if (!m.is_null()) {
    if (m.is_none()) return Value::not_implemented();
    return call_bound_special(m, b, &a, 1);
  }
  // Built-in slots handle either operand order themselves.
  return t->binary_ ? t->binary_(op, a, b) : Value::not_implemented();
}

Value binary_unsupported(const char* sym, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Pow && std::string_view(sym) == "**")
    return raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                 type_name_of(a), type_name_of(b));
  return raise(&exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
               type_name_of(a), type_name_of(b));
}

Value binary_dispatch(BinaryOp op, Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (ta == tb) return forward_binary(ta, op, a, b);
  bool b_first = is_subtype(tb, ta) && type_has_flag(tb, kTypeHeap);
  if (b_first) {
    Value r = reflected_binary(tb, op, a, b);
    if (!r.is_not_implemented()) return r;
  }
  Value r = forward_binary(ta, op, a, b);
  if (!r.is_not_implemented()) return r;
  if (!b_first) return reflected_binary(tb, op, a, b);
  return Value::not_implemented();
}

}  // namespace

namespace {
bool is_sequence_for_repeat(Value v) {
  return is_str(v) || is_list(v) || is_tuple(v) || isinstance_of(v, &bytes_type) ||
         isinstance_of(v, &bytearray_type);
}
// After the number protocol gave up: sequences explain `*` themselves.
Value binary_failed(const char* sym, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Mul) {
    if (is_sequence_for_repeat(a) && !is_int(b))
      return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name_of(b));
    if (is_sequence_for_repeat(b) && !is_int(a))
      return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name_of(a));
  }
  return binary_unsupported(sym, op, a, b);
}
}  // namespace

Value binary_op(BinaryOp op, Value a, Value b) {
  Value r = binary_dispatch(op, a, b);
  if (r.is_not_implemented()) return binary_failed(binary_op_symbol(op), op, a, b);
  return r;
}

Value inplace_op(BinaryOp op, Value a, Value b) {
  Type* ta = type_of(a);
  Value m = python_dunder(ta, binary_idunder(op));
  if (!m.is_null() && !m.is_none()) {
    Value r = call_bound_special(m, a, &b, 1);
    if (!r.is_not_implemented()) return r;
  } else if (m.is_null() && ta->inplace_) {
    Value r = ta->inplace_(op, a, b);
    if (!r.is_not_implemented()) return r;
  }
  Value r = binary_dispatch(op, a, b);
  if (r.is_not_implemented()) return binary_failed(inplace_op_symbol(op), op, a, b);
  return r;
}

Value unary_op(UnaryOp op, Value v) {
  Type* t = type_of(v);
  static Str* const* names[] = {&names::dunder_neg, &names::dunder_pos, &names::dunder_invert};
  Value m = python_dunder(t, *names[static_cast<int>(op)]);
  if (!m.is_null()) return call_bound_special(m, v, nullptr, 0);
  if (t->unary_) {
    Value r = t->unary_(op, v);
    if (!r.is_not_implemented()) return r;
  }
  static const char* const syms[] = {"unary -", "unary +", "unary ~"};
  return raise(&exc::TypeError, "bad operand type for %s: '%s'", syms[static_cast<int>(op)],
               type_name_of(v));
}

// ---------------------------------------------------------------------------
// Comparison

namespace {
constexpr CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                  CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
const char* const kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
}  // namespace

Value compare(Value a, Value b, CompareOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reflected = false;
  if (ta != tb && is_subtype(tb, ta) && tb->compare_) {
    checked_reflected = true;
    Value r = tb->compare_(b, a, kSwapped[static_cast<int>(op)]);
    if (!r.is_not_implemented()) return r;
  }
  if (ta->compare_) {
    Value r = ta->compare_(a, b, op);
    if (!r.is_not_implemented()) return r;
  }
  if (!checked_reflected && tb->compare_) {
    Value r = tb->compare_(b, a, kSwapped[static_cast<int>(op)]);
    if (!r.is_not_implemented()) return r;
  }
  if (op == CompareOp::Eq) return Value::boolean(a == b);
  if (op == CompareOp::Ne) return Value::boolean(a != b);
  return raise(&exc::TypeError, "'%s' not supported between instances of '%s' and '%s'",
               kCompareSymbols[static_cast<int>(op)], type_name(ta), type_name(tb));
}

int compare_bool(Value a, Value b, CompareOp op) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      case CompareOp::Ge: return x >= y;
    }
  }
  Value r = compare(a, b, op);
  if (r.is_null()) return -1;
  if (r.is_bool()) return r.is_true();
  return truthy(r);
}

// Containers compare by identity first (CPython's PyObject_RichCompareBool):
// `nan in [nan]` is True for the same NaN object.
int equals(Value a, Value b) {
  if (a == b) return 1;
  return compare_bool(a, b, CompareOp::Eq);
}

// ---------------------------------------------------------------------------
// Truth, length, hash, containment

int truthy(Value v) {
  switch (v.bits()) {
    case Value::kTrueBits: return 1;
    case Value::kFalseBits:
    case Value::kNoneBits: return 0;
    default: break;
  }
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_double()) return v.as_double() != 0.0;
  Type* t = type_of(v);
  if (t->bool_) return t->bool_(v);
  if (t->len_) {
    int64_t n = t->len_(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

int64_t length(Value v) {
  Type* t = type_of(v);
  if (t->len_) return t->len_(v);
  raise(&exc::TypeError, "object of type '%s' has no len()", type_name(t));
  return -1;
}

int64_t hash_value(Value v) {
  if (v.is_int()) return int_hash(v);
  Type* t = type_of(v);
  if (t->hash_) return t->hash_(v);
  raise(&exc::TypeError, "unhashable type: '%s'", type_name(t));
  return -1;
}

int contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains_) return t->contains_(container, item);
  Value it = get_iter(container);
  if (it.is_null()) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "argument of type '%s' is not iterable", type_name(t));
    }
    return -1;
  }
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return -1;
    if (x.is_exhausted()) return 0;
    int eq = equals(x, item);
    if (eq != 0) return eq;
  }
}

// ---------------------------------------------------------------------------
// repr / str / format

Value repr(Value v) {
  Type* t = type_of(v);
  Value r = t->repr_(v);
  if (r.is_null()) return r;
  if (!is_str(r))
    return raise(&exc::TypeError, "__repr__ returned non-string (type %s)", type_name_of(r));
  return r;
}

Value str(Value v) {
  if (is_exact_str(v)) return v;
  Type* t = type_of(v);
  Value r = t->str_ ? t->str_(v) : t->repr_(v);
  if (r.is_null()) return r;
  if (!is_str(r))
    return raise(&exc::TypeError, "__str__ returned non-string (type %s)", type_name_of(r));
  return r;
}

Value ascii(Value v) {
  Value r = repr(v);
  if (r.is_null()) return r;
  Str* s = r.as<Str>();
  if (s->is_ascii()) return r;
  std::string out;
  for (size_t i = 0; i < s->length_; ++i) {
    uint32_t cp = str_code_point_at(s, i);
    char buf[16];
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x100) { std::snprintf(buf, sizeof buf, "\\x%02x", cp); out += buf; }
    else if (cp < 0x10000) { std::snprintf(buf, sizeof buf, "\\u%04x", cp); out += buf; }
    else { std::snprintf(buf, sizeof buf, "\\U%08x", cp); out += buf; }
  }
  return str_value(out);
}

Value format(Value v, Str* spec) {
  Type* t = type_of(v);
  Value m = python_dunder(t, names::dunder_format);
  Value r;
  if (!m.is_null()) {
    Value arg = Value::object(spec);
    r = call_bound_special(m, v, &arg, 1);
  } else if (t->format_) {
    r = t->format_(v, spec);
  } else {
    return raise(&exc::TypeError, "unsupported format string passed to %s.__format__",
                 type_name(t));
  }
  if (!r.is_null() && !is_str(r))
    return raise(&exc::TypeError, "__format__ must return a str, not %s", type_name_of(r));
  return r;
}

std::string repr_utf8(Value v) {
  Value r = repr(v);
  if (r.is_null()) return std::string();
  return std::string(r.as<Str>()->view());
}

// ---------------------------------------------------------------------------
// Attributes

Value getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  return t->getattr_(obj, name);
}

Value getattr_opt(Value obj, Str* name) {
  Value v = getattr(obj, name);
  if (v.is_null() && error_matches(&exc::AttributeError)) error_clear();
  return v;
}

Status setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (!t->setattr_) {
    return raise_status(&exc::AttributeError, "'%s' object has no attribute '%s'",
                        type_name(t), name->data_);
  }
  return t->setattr_(obj, name, v);
}

Status delattr(Value obj, Str* name) { return setattr(obj, name, Value::null()); }

namespace {
// __slots__ without __dict__: only the declared names may be set.
bool name_in_slots(Type* t, Str* name) {
  Tuple* mro = t->mro_;
  for (size_t i = 0; i < mro->size_; ++i) {
    Type* k = mro->items_[i].as<Type>();
    if (!type_has_flag(k, kTypeHeap)) break;
    if (!k->slot_names_) {
      if (k != t) return true;  // a base class without __slots__ has a __dict__
      continue;
    }
    for (size_t j = 0; j < k->slot_names_->size_; ++j)
      if (str_equal(k->slot_names_->items_[j].as<Str>(), name)) return true;
  }
  return false;
}
}  // namespace

Value generic_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value d = type_lookup(t, name);
  DescrGetFn get = nullptr;
  if (!d.is_null()) {
    Type* dt = type_of(d);
    get = dt->descr_get_;
    if (get && dt->descr_set_) return get(d, obj, Value::object(t));
  }
  if (t->dict_offset_ && obj.is_object()) {
    Value v = instance_attr_get(obj, name);
    if (!v.is_null()) return v;
    if (name == names::dunder_dict && !t->slot_names_) {
      Dict* dict = instance_dict(obj);
      if (dict) return Value::object(dict);
    }
  }
  if (!d.is_null()) return get ? get(d, obj, Value::object(t)) : d;
  if (type_has_flag(t, kTypeHeap)) {
    Value ga = type_lookup(t, names::dunder_getattr);
    if (!ga.is_null()) {
      Value arg = Value::object(name);
      return call_bound_special(ga, obj, &arg, 1);
    }
  }
  if (is_instance_of_module(obj))
    return raise(&exc::AttributeError, "module '%s' has no attribute '%s'",
                 module_name_utf8(obj), name->data_);
  return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name(t),
               name->data_);
}

Status generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value d = type_lookup(t, name);
  if (!d.is_null()) {
    Type* dt = type_of(d);
    if (dt->descr_set_) return dt->descr_set_(d, obj, v);
  }
  bool has_storage = t->dict_offset_ && obj.is_object() &&
                     !(t->slot_names_ && !name_in_slots(t, name));
  if (has_storage && name == names::dunder_dict && !t->slot_names_) {
    if (v.is_null())
      return raise_status(&exc::TypeError, "cannot delete __dict__");
    return instance_set_dict(obj, v);
  }
  if (!has_storage) {
    if (!d.is_null())
      return raise_status(&exc::AttributeError, "'%s' object attribute '%s' is read-only",
                          type_name(t), name->data_);
    return raise_status(&exc::AttributeError, "'%s' object has no attribute '%s'",
                        type_name(t), name->data_);
  }
  int r = instance_attr_set(obj, name, v);
  if (r < 0) return Status::Error;
  if (r == 1)
    return raise_status(&exc::AttributeError, "'%s' object has no attribute '%s'",
                        type_name(t), name->data_);
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// Items

Value getitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->getitem_) return t->getitem_(obj, key);
  if (obj.is_object() && t == &type_type) {
    Value cg = type_lookup(obj.as<Type>(), names::dunder_class_getitem);
    if (!cg.is_null()) return call1(getattr(obj, names::dunder_class_getitem), key);
    return raise(&exc::TypeError, "type '%s' is not subscriptable", type_name(obj.as<Type>()));
  }
  return raise(&exc::TypeError, "'%s' object is not subscriptable", type_name(t));
}

Status setitem(Value obj, Value key, Value v) {
  Type* t = type_of(obj);
  if (t->setitem_) return t->setitem_(obj, key, v);
  return raise_status(&exc::TypeError, "'%s' object does not support item assignment",
                      type_name(t));
}

Status delitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->setitem_) return t->setitem_(obj, key, Value::null());
  return raise_status(&exc::TypeError, "'%s' object doesn't support item deletion",
                      type_name(t));
}

// ---------------------------------------------------------------------------
// Calls

Value call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(callable);
  if (t->call_) return t->call_(callable, args, nargs, kwnames);
  return raise(&exc::TypeError, "'%s' object is not callable", type_name(t));
}

Value call0(Value callable) { return call(callable, nullptr, 0); }
Value call1(Value callable, Value a) { return call(callable, &a, 1); }
Value call2(Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return call(callable, args, 2);
}

Value call_method(Value self, Str* name, const Value* args, size_t nargs) {
  Value m = getattr(self, name);
  if (m.is_null()) return m;
  return call(m, args, nargs);
}

bool is_callable(Value v) { return type_of(v)->call_ != nullptr; }

// ---------------------------------------------------------------------------
// Iteration

Value get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter_) {
    Value it = t->iter_(v);
    if (it.is_null()) return it;
    if (!type_of(it)->next_)
      return raise(&exc::TypeError, "iter() returned non-iterator of type '%s'",
                   type_name_of(it));
    return it;
  }
  if (t->getitem_ && !is_dict(v)) return sequence_iter_new(v);
  return raise(&exc::TypeError, "'%s' object is not iterable", type_name(t));
}

Value iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->next_) return raise(&exc::TypeError, "'%s' object is not an iterator", type_name(t));
  return t->next_(it);
}

// ---------------------------------------------------------------------------
// Numeric conversion

Value to_index(Value v) {
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::small_int(v.is_true());
  Type* t = type_of(v);
  if (is_int(v)) return v;
  if (t->index_) {
    Value r = t->index_(v);
    if (r.is_null()) return r;
    if (!is_int(r))
      return raise(&exc::TypeError, "__index__ returned non-int (type %s)", type_name_of(r));
    return r;
  }
  return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
               type_name(t));
}

bool to_ssize(Value v, int64_t* out) {
  Value i = to_index(v);
  if (i.is_null()) return false;
  if (i.is_bool()) { *out = i.is_true(); return true; }
  if (!int_to_i64(i, out)) {
    raise(&exc::IndexError, "cannot fit '%s' into an index-sized integer", type_name_of(v));
    return false;
  }
  return true;
}

bool to_double(Value v, double* out) {
  if (v.is_double()) { *out = v.as_double(); return true; }
  if (v.is_int()) { *out = static_cast<double>(v.as_int()); return true; }
  if (v.is_bool()) { *out = v.is_true() ? 1.0 : 0.0; return true; }
  if (is_int(v)) {
    bool overflow = false;
    *out = int_to_double(v, &overflow);
    if (overflow) {
      raise(&exc::OverflowError, "int too large to convert to float");
      return false;
    }
    return true;
  }
  Type* t = type_of(v);
  Value m = type_lookup(t, names::dunder_float);
  if (!m.is_null()) {
    Value r = call_bound_special(m, v, nullptr, 0);
    if (r.is_null()) return false;
    if (!r.is_double()) {
      raise(&exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(t),
            type_name_of(r));
      return false;
    }
    *out = r.as_double();
    return true;
  }
  Value idx = type_lookup(t, names::dunder_index);
  if (!idx.is_null()) {
    Value r = to_index(v);
    if (r.is_null()) return false;
    return to_double(r, out);
  }
  raise(&exc::TypeError, "must be real number, not %s", type_name(t));
  return false;
}

}  // namespace tr
