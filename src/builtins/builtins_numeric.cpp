// Numeric builtins: abs, divmod, pow, round, sum, and the base conversions
// bin, oct, hex. Ints and floats take fast paths; everything else goes
// through the dunder methods CPython's number protocol would call.
#include <cmath>
#include <string>

#include "builtins/builtins_internal.h"

namespace tr {
namespace {

inline bool is_number(Value v) {
  return is_int(v) || v.is_double();
}
inline bool is_heap_typed(Value v) {
  return type_has_flag(type_of(v), kTypeHeap);
}

// ---------------------------------------------------------------------------
// abs

Value builtin_abs(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("abs", kw) || !check_nargs("abs", nargs, 1, 1)) return Value::null();
  Value v = args[0];
  if (v.is_double()) return Value::from_double(std::fabs(v.as_double()));
  if (v.is_bool()) return Value::small_int(v.is_true() ? 1 : 0);
  if (is_exact_int(v)) return int_sign(v) < 0 ? int_unary(UnaryOp::Neg, v) : v;
  bool found;
  Value r = call_type_special(v, names::dunder_abs, nullptr, 0, &found);
  if (!found) return raise(&exc::TypeError, "bad operand type for abs(): '%s'", type_name_of(v));
  return r;
}

// ---------------------------------------------------------------------------
// divmod

// Tries a.__divmod__(b), then b.__rdivmod__(a); NotImplemented when neither
// handles the pair.
Value divmod_dunders(Value a, Value b) {
  bool found;
  Value r = call_type_special(a, names::dunder_divmod, &b, 1, &found);
  if (found && (r.is_null() || !r.is_not_implemented())) return r;
  if (type_of(a) != type_of(b)) {
    r = call_type_special(b, names::dunder_rdivmod, &a, 1, &found);
    if (found && (r.is_null() || !r.is_not_implemented())) return r;
  }
  return Value::not_implemented();
}

Value numeric_divmod(Value a, Value b) {
  if (!is_int(a) || !is_int(b)) {
    double d;
    if (!to_double(b, &d)) return Value::null();
    if (d == 0.0) return raise(&exc::ZeroDivisionError, "float divmod()");
  }
  Value q = binary_op(BinaryOp::FloorDiv, a, b);
  if (q.is_null()) return q;
  Value m = binary_op(BinaryOp::Mod, a, b);
  if (m.is_null()) return m;
  return Value::object(tuple_pack({q, m}));
}

Value builtin_divmod(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("divmod", kw) || !check_nargs("divmod", nargs, 2, 2)) return Value::null();
  Value a = args[0], b = args[1];
  if (is_heap_typed(a) || is_heap_typed(b) || !is_number(a) || !is_number(b)) {
    Value r = divmod_dunders(a, b);
    if (r.is_null() || !r.is_not_implemented()) return r;
    if (!is_number(a) || !is_number(b))
      return raise(&exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                   type_name_of(a), type_name_of(b));
  }
  return numeric_divmod(a, b);
}

// ---------------------------------------------------------------------------
// pow

Value builtin_pow(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"base", "exp", "mod"};
  Value a[3];
  if (!parse_args("pow", args, nargs, kw, kNames, 3, 2, a)) return Value::null();
  if (a[2].is_null() || a[2].is_none()) return binary_op(BinaryOp::Pow, a[0], a[1]);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2]) && !is_heap_typed(a[0]))
    return int_pow_mod(a[0], a[1], a[2]);
  // Ternary pow only goes to the base's __pow__ (no reflected form); the
  // built-in numbers' __pow__ take one argument, so they are not asked.
  if (is_heap_typed(a[0]) || !is_number(a[0])) {
    bool found;
    Value r = call_type_special(a[0], str_intern("__pow__"), a + 1, 2, &found);
    if (found && (r.is_null() || !r.is_not_implemented())) return r;
  }
  if (is_number(a[0]) && is_number(a[1]) && is_number(a[2]))
    return raise(&exc::TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  return raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name_of(a[0]), type_name_of(a[1]), type_name_of(a[2]));
}

// ---------------------------------------------------------------------------
// round

Value builtin_round(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"number", "ndigits"};
  Value a[2];
  // CPython reports a missing `number` before an unknown keyword.
  bool has_number = nargs > 0;
  for (size_t k = 0; kw && k < kw->size_ && !has_number; ++k)
    has_number = kw->items_[k].as<Str>()->view() == "number";
  if (!has_number)
    return raise(&exc::TypeError, "round() missing required argument 'number' (pos 1)");
  if (!parse_args("round", args, nargs, kw, kNames, 2, 1, a)) return Value::null();
  bool with_digits = !a[1].is_null() && !a[1].is_none();
  bool found;
  Value r = call_type_special(a[0], names::dunder_round, a + 1, with_digits ? 1 : 0, &found);
  if (!found)
    return raise(&exc::TypeError, "type %s doesn't define __round__ method", type_name_of(a[0]));
  return r;
}

// ---------------------------------------------------------------------------
// sum

Value builtin_sum(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {nullptr, "start"};
  Value a[2];
  // CPython reports the missing iterable before an unknown keyword.
  if (nargs == 0)
    return raise(&exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (!parse_args("sum", args, nargs, kw, kNames, 2, 1, a)) return Value::null();
  Value acc = a[1].is_null() ? Value::small_int(0) : a[1];
  Type* st = type_of(acc);
  if (st == &str_type || is_subtype(st, &str_type))
    return raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (st == &bytes_type || is_subtype(st, &bytes_type))
    return raise(&exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (st == &bytearray_type || is_subtype(st, &bytearray_type))
    return raise(&exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Value it = get_iter(a[0]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return item;
    if (item.is_exhausted()) return acc;
    // Inline ints and floats add without a call; overflow falls to BigInt.
    if (acc.is_int() && item.is_int()) {
      int64_t s = acc.as_int() + item.as_int();  // 48-bit payloads: no int64 overflow
      acc = Value::fits_inline(s) ? Value::small_int(s) : int_from_i64(s);
      continue;
    }
    if (acc.is_double() && item.is_double()) {
      acc = Value::from_double(acc.as_double() + item.as_double());
      continue;
    }
    acc = binary_op(BinaryOp::Add, acc, item);
    if (acc.is_null()) return acc;
  }
}

// ---------------------------------------------------------------------------
// bin, oct, hex

Value format_base(const char* fname, const Value* args, size_t nargs, Tuple* kw, int base,
                  const char* prefix) {
  if (!check_no_kwargs(fname, kw) || !check_nargs(fname, nargs, 1, 1)) return Value::null();
  Value v = to_index(args[0]);
  if (v.is_null()) return v;
  std::string digits = int_to_string(v, base);
  std::string out;
  if (!digits.empty() && digits[0] == '-') {
    out = "-";
    digits.erase(0, 1);
  }
  out += prefix;
  out += digits;
  return str_value(out);
}

Value builtin_bin(const Value* a, size_t n, Tuple* kw) {
  return format_base("bin", a, n, kw, 2, "0b");
}
Value builtin_oct(const Value* a, size_t n, Tuple* kw) {
  return format_base("oct", a, n, kw, 8, "0o");
}
Value builtin_hex(const Value* a, size_t n, Tuple* kw) {
  return format_base("hex", a, n, kw, 16, "0x");
}

}  // namespace

void add_numeric_builtins(Dict* d) {
  add_function(d, "abs", builtin_abs);
  add_function(d, "divmod", builtin_divmod);
  add_function(d, "pow", builtin_pow);
  add_function(d, "round", builtin_round);
  add_function(d, "sum", builtin_sum);
  add_function(d, "bin", builtin_bin);
  add_function(d, "oct", builtin_oct);
  add_function(d, "hex", builtin_hex);
}

}  // namespace tr
