// The generic operations on any value: what `a + b`, `x.y`, `f(...)`,
// `for`, `repr()` mean. They dispatch through type slots; the VM and every
// built-in use them. All return null / -1 / Status::Error with an exception
// pending on failure.
#pragma once
#include <string>

#include "objects/type.h"

namespace tr {

Value binary_op(BinaryOp op, Value a, Value b);
Value inplace_op(BinaryOp op, Value a, Value b);
Value unary_op(UnaryOp op, Value v);
// Python's operator symbol ("+", "//", "**", ...) for error messages.
const char* binary_op_symbol(BinaryOp op);
const char* inplace_op_symbol(BinaryOp op);  // "+=", ...

// Rich comparison with the reflected fallback and ==/!= identity defaults.
Value compare(Value a, Value b, CompareOp op);
// compare() reduced to a truth value: 1, 0, -1 = error.
int compare_bool(Value a, Value b, CompareOp op);
// a == b with the identity shortcut (containers, dict keys): 1, 0, -1.
int equals(Value a, Value b);

int truthy(Value v);          // bool(v): 1, 0, -1
int64_t length(Value v);      // len(v), -1 = error
int64_t hash_value(Value v);  // hash(v), -1 = error
int contains(Value container, Value item);  // `item in container`

Value repr(Value v);  // a Str
Value str(Value v);   // a Str
Value ascii(Value v);
Value format(Value v, Str* spec);  // format(v, spec)
// repr(v) into UTF-8 (for messages); empty string on error (pending).
std::string repr_utf8(Value v);

Value getattr(Value obj, Str* name);
// getattr that returns null WITHOUT an exception when the attribute is
// missing (AttributeError swallowed); null with exception on other errors.
Value getattr_opt(Value obj, Str* name);
Status setattr(Value obj, Str* name, Value v);
Status delattr(Value obj, Str* name);
// The default object.__getattribute__ / __setattr__ (descriptors, instance
// __dict__, class attributes) used by object_type's slots.
Value generic_getattr(Value obj, Str* name);
Status generic_setattr(Value obj, Str* name, Value v);

Value getitem(Value obj, Value key);
Status setitem(Value obj, Value key, Value v);
Status delitem(Value obj, Value key);

Value call(Value callable, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
Value call0(Value callable);
Value call1(Value callable, Value a);
Value call2(Value callable, Value a, Value b);
// Calls method `name` of `self` with the given positional args.
Value call_method(Value self, Str* name, const Value* args, size_t nargs);
bool is_callable(Value v);

Value get_iter(Value v);
// next(it): Value::exhausted() at the end, null on error.
Value iter_next(Value it);

// __index__ conversion: an int, or TypeError "'%s' object cannot be
// interpreted as an integer".
Value to_index(Value v);
// to_index then to int64 with OverflowError ("cannot fit 'int' into an
// index-sized integer") when it does not fit. Returns false on error.
bool to_ssize(Value v, int64_t* out);
// float(v) for numbers (int, float, bool, __float__); false + TypeError.
bool to_double(Value v, double* out);

}  // namespace tr
