// Interpreter counters behind --stats: per-opcode executions and, for the
// quickened forms, inline-cache hits, misses and deoptimisations. Compiled in
// only with -DTAURARO_STATS=ON; otherwise every TR_STAT(...) is empty.
#pragma once
#include <cstdint>

#include "bytecode/code.h"

namespace tr::vm::stats {

struct OpCounters {
  uint64_t executed;   // dispatches of this opcode
  uint64_t misses;     // a quickened form's guard failed
  uint64_t deopts;     // rewritten back to the generic form
  uint64_t quickened;  // a generic instruction was rewritten to this form
};

#ifdef TAURARO_STATS
extern OpCounters g_ops[static_cast<int>(bytecode::Op::kCount)];
inline OpCounters& of(bytecode::Op op) { return g_ops[static_cast<int>(op)]; }
#endif

}  // namespace tr::vm::stats

#ifdef TAURARO_STATS
#define TR_STAT(expr) (expr)
#else
#define TR_STAT(expr) ((void)0)
#endif
