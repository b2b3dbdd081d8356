// The int type object: its slots (repr, hash, compare, arithmetic, format,
// index), int() construction — from numbers, strings in any base, objects with
// __int__/__index__/__trunc__ — and instances of subclasses of int.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/function.h"
#include "objects/init_internal.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "objects/type_internal.h"

namespace tr {

Type int_type;

void int_add_methods(Type* t);  // int_methods.cpp
void bool_type_setup();         // bool.cpp

namespace {

// ---------------------------------------------------------------------------
// Slots

Value int_compare_slot(Value a, Value b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return Value::not_implemented();
  int c = int_compare(a, b);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::not_implemented();
}

int int_bool_slot(Value v) { return int_sign(v) != 0; }
Value int_index_slot(Value v) { return int_new_of_type(&int_type, v); }

// Exact ints keep their limbs inline (read-only mpz, _mp_alloc == 0);
// instances of int subclasses have a fixed size and malloc their limbs.
void bigint_finalize(Object* o) {
  mpz_ptr z = static_cast<BigInt*>(o)->value_;
  if (z->_mp_alloc != 0) mpz_clear(z);
}

// Calls the special method `name` of x's type if it has one; null without
// an exception when absent.
Value call_special(Value x, Str* name, bool* found) {
  Value m = type_lookup(type_of(x), name);
  *found = !m.is_null();
  if (!*found) return m;
  return call_bound_special(m, x, nullptr, 0);
}

// A result of __int__/__index__ must be an int; subclasses become exact ints.
Value check_int_result(Value r, const char* dunder) {
  if (r.is_null()) return r;
  if (!is_int(r)) {
    return raise(&exc::TypeError, "%s returned non-int (type %s)", dunder, type_name_of(r));
  }
  return int_new_of_type(&int_type, r);
}

bool text_of(Value x, std::string_view* out) {
  if (is_str(x)) {
    *out = x.as<Str>()->view();
    return true;
  }
  if (x.is_object() && isinstance_of(x, &bytes_type)) {
    *out = x.as<Bytes>()->view();
    return true;
  }
  if (x.is_object() && isinstance_of(x, &bytearray_type)) {
    *out = x.as<ByteArray>()->view();
    return true;
  }
  return false;
}

// int(x, base) with x a str, bytes or bytearray.
Value int_with_base(Value x, Value base_value) {
  Value b = to_index(base_value);
  if (b.is_null()) return b;
  int64_t base;
  if (!int_to_i64(b, &base) || (base != 0 && (base < 2 || base > 36))) {
    return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  std::string_view text;
  if (!text_of(x, &text)) {
    return raise(&exc::TypeError, "int() can't convert non-string with explicit base");
  }
  return int_parse_text(text, static_cast<int>(base), x);
}

Value int_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size_ : 0;
  Value x, base;
  if (nargs > 0) x = args[0];
  if (nargs > 1) base = args[1];
  for (size_t i = 0; i < nkw; ++i) {
    Str* k = kwnames->items_[i].as<Str>();
    if (k->view() == "base" && nargs < 2) {
      base = args[nargs + i];
    } else if (k->view() == "base") {
      return raise(&exc::TypeError, "argument for int() given by name ('base') and position (2)");
    } else {
      return raise(&exc::TypeError, "'%s' is an invalid keyword argument for int()", k->data_);
    }
  }
  if (nargs + nkw > 2) {
    return raise(&exc::TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
  }
  Value result;
  if (x.is_null()) {
    if (!base.is_null()) return raise(&exc::TypeError, "int() missing string argument");
    result = Value::small_int(0);
  } else if (base.is_null()) {
    result = int_from_object(x);
  } else {
    result = int_with_base(x, base);
  }
  if (result.is_null() || cls == &int_type) return result;
  return int_new_of_type(cls, result);
}

}  // namespace

// ---------------------------------------------------------------------------
// int(x)

Value int_from_object(Value x) {
  if (is_exact_int(x)) return x;
  if (x.is_bool()) return Value::small_int(x.is_true() ? 1 : 0);
  if (x.is_double()) return int_from_double(x.as_double());
  bool found;
  Value r = call_special(x, names::dunder_int, &found);
  if (found) return check_int_result(r, "__int__");
  r = call_special(x, names::dunder_index, &found);
  if (found) return check_int_result(r, "__index__");
  r = call_special(x, names::dunder_trunc, &found);
  if (found) {
    if (r.is_null() || is_int(r)) return r.is_null() ? r : int_new_of_type(&int_type, r);
    Value i = to_index(r);
    if (i.is_null() && error_matches(&exc::TypeError)) {
      error_clear();
      return raise(&exc::TypeError, "__trunc__ returned non-Integral (type %s)",
                   type_name_of(r));
    }
    return i;
  }
  std::string_view text;
  if (text_of(x, &text)) return int_parse_text(text, 10, x);
  return raise(&exc::TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_name_of(x));
}

void int_type_init() {
  int_type.repr_ = int_repr;
  int_type.hash_ = int_hash;
  int_type.compare_ = int_compare_slot;
  int_type.binary_ = int_binary;
  int_type.unary_ = int_unary;
  int_type.bool_ = int_bool_slot;
  int_type.new_ = int_new;
  int_type.format_ = int_format;
  int_type.index_ = int_index_slot;
  int_type.gc_finalize_ = bigint_finalize;
  type_ready(&int_type, "int", nullptr, sizeof(BigInt), kTypeBaseType | kTypeIntSubclass);
  int_add_methods(&int_type);
  bool_type_setup();
}

}  // namespace tr
