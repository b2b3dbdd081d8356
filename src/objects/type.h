// Type: the class object of every value, with the C-level slots that the
// generic operations (abstract.h) dispatch through. Built-in types are static
// Type objects (permanent GC roots); classes made by `class` are heap Types.
#pragma once
#include <cstddef>
#include <cstdint>

#include "base/value.h"
#include "gc/gc.h"

namespace tr {

struct Str;
struct Tuple;
struct Dict;

// Returned by operations that can fail with a pending Python exception.
enum class [[nodiscard]] Status : uint8_t { Ok = 0, Error = 1 };
inline bool failed(Status s) { return s != Status::Ok; }

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
};
constexpr int kNumBinaryOps = 13;
enum class UnaryOp : uint8_t { Neg, Pos, Invert };

// Calling convention used everywhere (natives, slots, the VM):
//   args[0 .. nargs)                    positional arguments
//   args[nargs .. nargs + len(kwnames)) keyword argument values, named by the
//                                       interned Str* items of `kwnames`
// kwnames is null when there are no keyword arguments.
using CallFn = Value (*)(Value callable, const Value* args, size_t nargs, Tuple* kwnames);
using NewFn = Value (*)(Type* cls, const Value* args, size_t nargs, Tuple* kwnames);
using InitFn = Status (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);

using ReprFn = Value (*)(Value self);                         // a Str
using HashFn = int64_t (*)(Value self);                       // -1 = error
using CompareFn = Value (*)(Value a, Value b, CompareOp op);  // NotImplemented
// Binary arithmetic. Called as type(a)->binary(op, a, b) and, when that gives
// NotImplemented, type(b)->binary(op, a, b): like CPython's nb_ slots the
// implementation must check which operand is its own type.
using BinaryFn = Value (*)(BinaryOp op, Value a, Value b);
using UnaryFn = Value (*)(UnaryOp op, Value self);
using BoolFn = int (*)(Value self);        // 1, 0, -1 = error
using LenFn = int64_t (*)(Value self);     // -1 = error
using GetAttrFn = Value (*)(Value self, Str* name);
using SetAttrFn = Status (*)(Value self, Str* name, Value v);  // v null = delete
using IterFn = Value (*)(Value self);
using NextFn = Value (*)(Value self);      // Value::exhausted() at the end
using GetItemFn = Value (*)(Value self, Value key);
using SetItemFn = Status (*)(Value self, Value key, Value v);  // v null = delete
using ContainsFn = int (*)(Value self, Value item);            // 1, 0, -1
using DescrGetFn = Value (*)(Value descr, Value obj /*null: via class*/, Value owner);
using DescrSetFn = Status (*)(Value descr, Value obj, Value v);  // v null = delete
using FormatFn = Value (*)(Value self, Str* spec);
using IndexFn = Value (*)(Value self);     // __index__: an int

// Type flags.
constexpr uint32_t kTypeHeap = 1u << 0;       // made by `class` / type()
constexpr uint32_t kTypeBaseType = 1u << 1;   // may be subclassed
constexpr uint32_t kTypeIntSubclass = 1u << 2;
constexpr uint32_t kTypeStrSubclass = 1u << 3;
constexpr uint32_t kTypeTupleSubclass = 1u << 4;
constexpr uint32_t kTypeListSubclass = 1u << 5;
constexpr uint32_t kTypeDictSubclass = 1u << 6;
constexpr uint32_t kTypeExceptionSubclass = 1u << 7;  // BaseException and below
constexpr uint32_t kTypeTypeSubclass = 1u << 8;
constexpr uint32_t kTypeAbstract = 1u << 9;  // cannot be instantiated
// Instances have a variable-size tail (str, bytes, tuple): a subclass keeps
// its instance __dict__ pointer in the last 8 bytes of the cell instead.
constexpr uint32_t kTypeVarSized = 1u << 10;
constexpr uint32_t kDictAtEnd = 0xFFFFFFFFu;  // dict_offset_ of such subclasses
// Instances keep attributes in a shape-described AttrBlock (shape.h) at the
// dict slot until their __dict__ is asked for.
constexpr uint32_t kTypeShaped = 1u << 11;

struct Type : GcClass {
  const char* name_;      // tp_name for built-ins ("int"); heap types: name_str_
  Str* name_str_;         // __name__ (interned)
  Str* qualname_;
  Str* module_;           // __module__ of heap types, else null ("builtins")
  Type* base_;            // __base__ (null only for object)
  Tuple* bases_;          // __bases__
  Tuple* mro_;            // __mro__ (C3), includes this type first
  Dict* dict_;            // __dict__: methods, descriptors, class attributes
  uint32_t flags_;
  uint32_t instance_size_;  // bytes of an instance (header included)
  // Offset of a `Dict*` holding the instance __dict__, 0 = instances have none.
  uint32_t dict_offset_;
  // Inline caches key on it: a fresh number (never reused) whenever this
  // class's dict or MRO, or any base's, changes (type_modified).
  uint64_t version_;
  Tuple* slot_names_;       // __slots__ of a heap type without __dict__, else null
  // Heap types: the trace hook of the built-in base whose layout instances
  // extend (null for object), found once at class creation for the GC.
  TraceFn instance_base_trace_;

  ReprFn repr_;
  ReprFn str_;
  HashFn hash_;
  CompareFn compare_;
  BinaryFn binary_;
  BinaryFn inplace_;  // optional; when null or NotImplemented, binary_ is used
  UnaryFn unary_;
  BoolFn bool_;
  LenFn len_;
  GetAttrFn getattr_;
  SetAttrFn setattr_;
  CallFn call_;
  IterFn iter_;
  NextFn next_;
  GetItemFn getitem_;
  SetItemFn setitem_;
  ContainsFn contains_;
  DescrGetFn descr_get_;
  DescrSetFn descr_set_;
  NewFn new_;
  InitFn init_;
  FormatFn format_;
  IndexFn index_;
};

// Gives t and every class derived from it a fresh version_: the inline
// caches of their lookups are stale (a class attribute was set or deleted,
// a special method or the MRO changed). Other classes' caches stay valid.
void type_modified(Type* t);

// ---------------------------------------------------------------------------
// The built-in types (static, defined in each type's .cpp, set up by
// objects_init()).
extern Type object_type, type_type, none_type, bool_type, int_type, float_type,
    complex_type, str_type, bytes_type, bytearray_type, list_type, tuple_type,
    dict_type, set_type, frozenset_type, range_type, slice_type, function_type,
    native_function_type, method_type, code_type, cell_type, module_type,
    not_implemented_type, ellipsis_type, property_type, staticmethod_type,
    classmethod_type, super_type, generator_type, memoryview_type;

Type* type_of_slow(Value v);

// The type of any value. Inline ints and doubles never touch memory.
inline Type* type_of(Value v) {
  if (v.is_object()) return v.as_object()->cls_;
  if (v.is_int()) return &int_type;
  if (v.is_double()) return &float_type;
  return type_of_slow(v);
}

inline bool type_has_flag(const Type* t, uint32_t f) { return (t->flags_ & f) != 0; }
const char* type_name(const Type* t);  // __name__ as a C string
inline const char* type_name_of(Value v) { return type_name(type_of(v)); }

// Is `t` the same as or a subclass of `base` (walks the MRO).
bool is_subtype(const Type* t, const Type* base);
inline bool isinstance_of(Value v, const Type* base) {
  Type* t = type_of(v);
  return t == base || is_subtype(t, base);
}

// Looks a name up along the MRO of `t` (class attributes, methods,
// descriptors); null if absent (no exception set).
Value type_lookup(const Type* t, Str* name);

// types.GenericAlias: origin[args] (`list[int]`), generic_alias.cpp.
Value generic_alias_new(Value origin, Value args);
bool is_generic_alias(Value v);

// Finishes a static built-in type: fills its mro/bases/dict, registers it as
// a permanent root. `base` null means `object`.
void type_ready(Type* t, const char* name, Type* base, uint32_t instance_size,
                uint32_t flags);

// Where obj keeps its instance __dict__ (null if its type gives it none).
Dict** instance_dict_slot(Value obj);

// Allocates a zeroed instance of `t` (instance_size_ bytes, or `bytes`).
Object* alloc_object(Type* t);
Object* alloc_object_sized(Type* t, size_t bytes);
template <class T>
T* alloc(Type* t) { return static_cast<T*>(alloc_object_sized(t, sizeof(T))); }

}  // namespace tr
