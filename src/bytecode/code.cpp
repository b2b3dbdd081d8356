// code.cpp — the Code object type (bytecode/): allocation, the `code` Type
// with its GC trace and finalizer, and opcode names from opcodes.def.
// The compiler fills Code objects; the VM runs them.
#include "bytecode/code.h"

#include <cstdio>
#include <cstdlib>

namespace tr {
Type code_type;
}  // namespace tr

namespace tr::bytecode {

void (*g_trace_code_caches)(Code* code, Tracer& t) = nullptr;

namespace {

const char* const kOpNames[] = {
#define TR_OP(name, fmt, flags, doc) #name,
#include "bytecode/opcodes.def"
#undef TR_OP
};

void code_trace(Object* o, Tracer& t) {
  Code* c = static_cast<Code*>(o);
  t.visit(c->consts_);
  t.visit(c->names_);
  t.visit(c->reg_names_);
  t.visit(c->freevar_names_);
  t.visit(c->name_);
  t.visit(c->qualname_);
  t.visit(c->filename_);
  t.visit(c->docstring_);
  if (c->caches_ && g_trace_code_caches) g_trace_code_caches(c, t);
}

// The arrays are malloc'd by the compiler (and the cache table by the VM).
void code_finalize(Object* o) {
  Code* c = static_cast<Code*>(o);
  std::free(c->instrs_);
  std::free(c->reg_kinds_);
  std::free(c->free_regs_);
  std::free(c->cell_regs_);
  std::free(c->lines_);
  std::free(c->positions_);
  std::free(c->except_table_);
  std::free(c->caches_);
  c->instrs_ = nullptr;
  c->reg_kinds_ = nullptr;
  c->free_regs_ = nullptr;
  c->cell_regs_ = nullptr;
  c->lines_ = nullptr;
  c->positions_ = nullptr;
  c->except_table_ = nullptr;
  c->caches_ = nullptr;
}

Value code_repr(Value self) {
  Code* c = self.as<Code>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(c));
  std::string s = "<code object ";
  s += c->name_ ? c->name_->view() : std::string_view("?");
  s += buf;
  s += c->filename_ ? c->filename_->view() : std::string_view("?");
  s += "\", line ";
  s += std::to_string(c->firstlineno_);
  s += ">";
  return str_value(s);
}

}  // namespace

const char* op_name(Op op) {
  size_t i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Op::kCount) ? kOpNames[i] : "???";
}

Code* code_new() {
  // Readied on first use too: without its trace hook the collector would
  // free the constants and names of live code.
  code_init();
  Code* c = alloc<Code>(&code_type);
  c->docstring_ = Value::none();
  return c;
}

void code_init() {
  static bool done = false;  // the VM and tests may both call it
  if (done) return;
  done = true;
  code_type.gc_trace_ = code_trace;
  code_type.gc_finalize_ = code_finalize;
  code_type.repr_ = code_repr;
  type_ready(&code_type, "code", nullptr, sizeof(Code), 0);
  code_add_attributes();
}

}  // namespace tr::bytecode
