// Inline caches: one entry per instruction of a code object (Code::caches_),
// filled when a generic instruction quickens into a specialised form. They
// record what each instruction has seen — the types, shapes and dict layouts
// the JIT will later guard on.
#pragma once
#include "bytecode/code.h"
#include "objects/shape.h"

namespace tr::vm {

struct InlineCache {
  Value obj1;         // traced: the Type, module Dict or globals Dict guarded on
  Value obj2;         // traced: the Shape (or builtins Dict) guarded on
  Value value;        // traced: a cached value (method, class attribute, new shape)
  Value more;         // traced: null, or the further receivers of a polymorphic
                      // attribute site: a tuple of kPolyWidth-value entries
                      // (see attr_poly.cpp), each with its type's version
  uint64_t version;   // the guarded type's version_, or the dict version
  uint32_t index;     // slot or dict entry index
  uint16_t misses;    // deoptimisations so far; past kMaxMisses it stays generic
  uint16_t flags;
};

constexpr uint16_t kMaxMisses = 16;
constexpr uint16_t kCacheFromBuiltins = 1;  // LOAD_GLOBAL: entry is in builtins
constexpr uint16_t kCacheWithSelf = 1;      // CALL_METHOD_PY_EXACT: R[a+1] holds self

// Instr::pad of a generic instruction: 0 = may quicken, kPadGaveUp = it
// deoptimised too often and stays generic. Of a quickened arithmetic,
// comparison, subscript or call instruction: the generic op to go back to.
constexpr uint8_t kPadGaveUp = 0xFF;
static_assert(static_cast<int>(bytecode::Op::kCount) < kPadGaveUp, "pad holds an op");

// The cache entry of instruction `index`, allocating the table on first use.
InlineCache* cache_at(bytecode::Code* code, uint32_t index);

// Try to quicken the instruction at `index` after its generic form ran.
void specialize_load_attr(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_store_attr(bytecode::Code* code, uint32_t index, Value obj, Str* name,
                           Value before);
void specialize_load_method(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_load_global(bytecode::Code* code, uint32_t index, Dict* globals,
                            Dict* builtins, Str* name);
// Calls: a Python function taking exactly the given positional arguments, a
// class with a Python __init__, the builtins len and isinstance, list.append.
// `args` are the arguments as the callee sees them (self first for methods).
void specialize_call(bytecode::Code* code, uint32_t index, Value callable, const Value* args,
                     size_t nargs, Tuple* kwnames, Dict* builtins);
// Polymorphic attribute sites (attr_poly.cpp): a quickened attribute
// instruction whose first entry missed looks through `more`. The poly_*
// functions return false when no entry matches; specialize_*_more then adds
// the receiver just seen (or deoptimises once kMaxPolyEntries are in use).
constexpr size_t kPolyWidth = 5;        // type, storage guard, kind, payload, type version
constexpr size_t kMaxPolyEntries = 6;   // besides the first entry
bool poly_load_attr(const InlineCache* c, Value obj, Value* out);
bool poly_load_method(const InlineCache* c, Value obj, Value* out);
bool poly_store_attr(const InlineCache* c, Value obj, Value v);  // may allocate
void specialize_load_attr_more(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_load_method_more(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_store_attr_more(bytecode::Code* code, uint32_t index, Value obj, Str* name,
                                Value before);
// A store's specialiser compares the instance storage before and after it:
// the shape (or null: no attributes yet) before; False when not shaped.
Value storage_before_store(Value obj);

// The attribute storage slot of an instance of a shaped class: null, an
// AttrBlock, or a Dict once __dict__ was asked for (objects/shape.h).
inline Object*& attr_store(Value o) {
  Object* obj = o.as_object();
  return *reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + obj->cls_->dict_offset_);
}
// The entry guards class t and was filled at t's current version.
inline bool cache_holds_for(const InlineCache* c, Type* t) {
  return Value::object(t) == c->obj1 && c->version == t->version_;
}

// What inline caches compare against: the block's shape, null for no storage
// yet, and False (never a cached shape) for dict mode.
inline Value storage_guard(const Object* store) {
  if (!store) return Value::null();
  if (store->cls_ != &attr_block_type) return Value::false_();
  return Value::object(static_cast<const AttrBlock*>(store)->shape_);
}

// BINARY_PY: `x OP y` where x's class defines __op__ as a Python function
// taking (self, other) and y is of x's class or exactly int or float — then
// Python's rule calls only x.__op__(y) first, and the reflected method of y
// only if that returned NotImplemented (binary_py_not_implemented).
void specialize_binary_py(bytecode::Code* code, uint32_t index, Value x, Value y);
Value binary_py_not_implemented(bytecode::Op generic, Value x, Value y);

// A quickened instruction's guard failed: back to the generic op (counted; a
// site that misses kMaxMisses times stays generic).
void deoptimize(bytecode::Code* code, uint32_t index, bytecode::Op generic);
// Rewrites a generic instruction that saw the operand types `op` is for.
void quicken(bytecode::Code* code, uint32_t index, bytecode::Op op);

void inline_cache_init();

}  // namespace tr::vm
