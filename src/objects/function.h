// Callables: Python functions (code + globals + defaults + closure), cells,
// bound methods, native (C++) functions, and the method-like descriptors
// staticmethod, classmethod and property.
#pragma once
#include "objects/containers.h"
#include "objects/type.h"

namespace tr {

struct Str;

// A Python function. `code_` is a bytecode::Code (opaque here: objects/ sits
// below bytecode/). Calling one is the VM's job (vm/ installs the call slot).
struct Function : Object {
  Object* code_;
  Dict* globals_;
  Dict* builtins_;
  Tuple* defaults_;    // null = none
  Dict* kwdefaults_;   // null = none
  Tuple* closure_;     // cells for the code's free variables, null = none
  Str* name_;
  Str* qualname_;
  Value module_;       // __module__
  Value doc_;
  Dict* annotations_;  // null until set
  Dict* dict_;         // function attributes, null until set
};

struct Cell : Object {
  Value value_;  // null = empty
};
Cell* cell_new(Value v);

// A function bound to an instance: `obj.method` for a Python function.
struct BoundMethod : Object {
  Value func_;
  Value self_;
};
Value bound_method_new(Value func, Value self);

// A C++ function exposed to Python. For methods of built-in types `self_` is
// null in the type's dict and set in the bound copy made on attribute access;
// the callee always receives self as args[0] when kNativeMethod is set.
using NativeFn = Value (*)(const Value* args, size_t nargs, Tuple* kwnames);
constexpr uint32_t kNativeMethod = 1u << 0;        // takes self as args[0]
constexpr uint32_t kNativeClassMethod = 1u << 1;   // takes the class as args[0]
constexpr uint32_t kNativeStaticMethod = 1u << 2;
constexpr uint32_t kNativeNoKeywords = 1u << 3;    // TypeError if kwnames given
struct NativeFunction : Object {
  const char* name_;
  NativeFn fn_;
  uint32_t flags_;
  Value self_;       // bound receiver, or null
  Type* owner_;      // the type whose dict holds it (for messages), or null
  const char* doc_;
};
NativeFunction* native_new(const char* name, NativeFn fn, uint32_t flags = 0,
                           Value self = Value::null(), Type* owner = nullptr);

struct StaticMethod : Object { Value func_; };
struct ClassMethod : Object { Value func_; };
struct Property : Object {
  Value getter_, setter_, deleter_, doc_;
  Str* name_;
};

// Method tables: each built-in type lists its methods once.
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags;  // kNativeMethod is implied for add_methods
};
// Adds natives to t->dict_ (methods get kNativeMethod unless static/class).
void add_methods(Type* t, const MethodDef* defs, size_t n);
template <size_t N>
void add_methods(Type* t, const MethodDef (&defs)[N]) { add_methods(t, defs, N); }
// Adds a read-only (or, with a setter, writable) attribute computed by
// natives: getter(args=[self]) and setter(args=[self, value]).
void add_property(Type* t, const char* name, NativeFn getter, NativeFn setter = nullptr);
// Adds a plain function (builtins, module functions) to a dict.
void add_function(Dict* d, const char* name, NativeFn fn, uint32_t flags = 0);

// Binds positional and keyword arguments of a native to named parameters,
// CPython-style messages ("%s() takes at most %d arguments (%d given)",
// "%s() got an unexpected keyword argument '%s'", "%s() missing required
// argument '%s' (pos %d)"). `names[i]` null means positional-only. Fills
// out[0..nparams) with the values or null for omitted optional parameters.
// Returns false with TypeError pending on a mismatch.
bool parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                const char* const* names, size_t nparams, size_t nrequired, Value* out);
// Shortcut for natives that take no keyword arguments: checks the count
// ("%s expected at most %d arguments, got %d" / "%s() takes exactly one
// argument (%d given)" — see CPython for which form each builtin uses).
bool check_no_kwargs(const char* fname, Tuple* kwnames);
bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace tr
