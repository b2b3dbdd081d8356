// bool: a subclass of int whose only values are the immediates True and
// False. It overrides repr, construction (truth testing) and &, |, ^, which
// keep bools bool; everything else is int's.
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int_internal.h"
#include "objects/str.h"

namespace tr {

Type bool_type;

namespace {

Value bool_repr(Value v) { return Value::object(str_intern(v.is_true() ? "True" : "False")); }

Value bool_binary(BinaryOp op, Value a, Value b) {
  if (a.is_bool() && b.is_bool()) {
    switch (op) {
      case BinaryOp::And: return Value::boolean(a.is_true() && b.is_true());
      case BinaryOp::Or: return Value::boolean(a.is_true() || b.is_true());
      case BinaryOp::Xor: return Value::boolean(a.is_true() != b.is_true());
      default: break;
    }
  }
  return int_binary(op, a, b);
}

Value bool_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size_) return raise(&exc::TypeError, "bool() takes no keyword arguments");
  if (nargs > 1) return raise(&exc::TypeError, "bool expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return Value::false_();
  int t = truthy(args[0]);
  if (t < 0) return Value::null();
  return Value::boolean(t);
}

}  // namespace

// Called by int_type_init once int is ready. Not subclassable (no BaseType).
void bool_type_setup() {
  bool_type.repr_ = bool_repr;
  bool_type.binary_ = bool_binary;
  bool_type.new_ = bool_new;
  type_ready(&bool_type, "bool", &int_type, sizeof(BigInt), 0);
}

}  // namespace tr
