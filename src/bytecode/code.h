// Code objects: one compiled function body (or module / class body) — its
// instructions, constants, names, register layout, line table and zero-cost
// exception table. Produced by compiler/, run by vm/.
#pragma once
#include <cstdint>
#include <string>

#include "objects/objects.h"

namespace tr::bytecode {

enum class Op : uint8_t {
#define TR_OP(name, fmt, flags, doc) name,
#include "bytecode/opcodes.def"
#undef TR_OP
  kCount
};
const char* op_name(Op op);

// op(8) pad(8) a(16) b(16) c(16); bx = b:c as one 32-bit operand.
struct Instr {
  Op op;
  uint8_t pad;
  uint16_t a, b, c;
  uint32_t bx() const { return (uint32_t{b} << 16) | c; }
  void set_bx(uint32_t v) { b = static_cast<uint16_t>(v >> 16); c = static_cast<uint16_t>(v); }
};
static_assert(sizeof(Instr) == 8);

// An exception raised at pc in [start, end) is caught by the first entry
// (innermost first) that covers pc: the exception goes to R[reg], and the
// interpreter continues at `handler`.
struct ExceptEntry {
  uint32_t start, end, handler;
  uint16_t reg;
};

// The source range of one instruction (CPython's co_positions): the AST
// node it was compiled for. Columns are 0-based UTF-8 byte offsets; -1 when
// unknown (then tracebacks show no carets).
struct Position {
  int32_t end_line;
  int16_t col, end_col;
};

// What a named register holds.
enum class RegKind : uint8_t { Local, Cell, Free };

// Code flags (CPython's co_flags names where they exist).
constexpr uint32_t kCodeVarargs = 1u << 0;     // has *args
constexpr uint32_t kCodeVarkeywords = 1u << 1; // has **kwargs
constexpr uint32_t kCodeGenerator = 1u << 2;
constexpr uint32_t kCodeCoroutine = 1u << 3;
constexpr uint32_t kCodeNested = 1u << 4;
constexpr uint32_t kCodeModule = 1u << 5;      // module body: LOAD_NAME uses globals
constexpr uint32_t kCodeClassBody = 1u << 6;   // class body: has a locals dict
constexpr uint32_t kCodeHasDocstring = 1u << 7;
constexpr uint32_t kCodeIterableCoroutine = 1u << 8;  // a types.coroutine generator: awaitable

// Register layout of a frame:
//   [0, argcount + kwonlyargcount)       parameters (positional, then keyword-only)
//   then *args, then **kwargs            if the flags say so
//   [.., num_named)                      other named locals, cells and frees
//   [num_named, num_regs)                temporaries
// reg_names_[i] / reg_kinds_[i] describe each named register. Free-variable
// registers are filled from the function's closure at frame entry, in the
// order of `free_regs_`.
struct Code : Object {
  Instr* instrs_;
  uint32_t num_instrs_;
  uint32_t num_regs_;
  uint32_t num_named_;
  uint32_t argcount_;          // positional parameters, posonly included
  uint32_t posonlyargcount_;
  uint32_t kwonlyargcount_;
  uint32_t flags_;
  uint32_t firstlineno_;
  Tuple* consts_;
  Tuple* names_;               // interned strs used by name/attr ops
  Tuple* reg_names_;           // strs, one per named register
  RegKind* reg_kinds_;         // num_named_ entries (malloc'd)
  uint16_t* free_regs_;        // num_free_ register indexes (malloc'd)
  uint32_t num_free_;
  uint16_t* cell_regs_;        // registers that hold cells created by MAKE_CELL
  uint32_t num_cells_;
  Tuple* freevar_names_;       // names of the free variables, closure order
  uint32_t* lines_;            // source line of each instruction (malloc'd)
  Position* positions_;        // columns and end line of each instruction (malloc'd)
  ExceptEntry* except_table_;  // malloc'd
  uint32_t num_except_;
  Str* name_;
  Str* qualname_;
  Str* filename_;
  Value docstring_;            // None or the docstring constant
  // Per-instruction inline caches and counters (quickening; vm/ owns them).
  void* caches_;
};

// vm/ keeps per-instruction inline caches in Code::caches_; it installs this
// hook so the collector traces the objects they reference.
extern void (*g_trace_code_caches)(Code* code, Tracer& t);

// Allocates a Code whose arrays the compiler then fills (instrs, lines and
// tables are copied in; the Code owns and frees them).
Code* code_new();
void code_init();  // readies code_type
void code_add_attributes();  // co_name, co_filename, ... (code_attrs.cpp)

// The readable disassembly printed by `--dump=bytecode`, recursing into
// nested code objects found among the constants.
std::string disassemble(Code* code);

}  // namespace tr::bytecode
