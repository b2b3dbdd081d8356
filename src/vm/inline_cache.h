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
  uint64_t version;   // type epoch or dict version the entry is valid for
  uint32_t index;     // slot or dict entry index
  uint16_t misses;    // deoptimisations so far; past kMaxMisses it stays generic
  uint16_t flags;
};

constexpr uint16_t kMaxMisses = 16;
constexpr uint16_t kCacheFromBuiltins = 1;  // LOAD_GLOBAL: entry is in builtins

// The cache entry of instruction `index`, allocating the table on first use.
InlineCache* cache_at(bytecode::Code* code, uint32_t index);

// Try to quicken the instruction at `index` after its generic form ran.
void specialize_load_attr(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_store_attr(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_load_method(bytecode::Code* code, uint32_t index, Value obj, Str* name);
void specialize_load_global(bytecode::Code* code, uint32_t index, Dict* globals,
                            Dict* builtins, Str* name);
// A quickened instruction's guard failed: back to the generic op.
void deoptimize(bytecode::Code* code, uint32_t index, bytecode::Op generic);

void inline_cache_init();

}  // namespace tr::vm
