// unit.cpp — the code object under construction (compiler/ back end):
// instruction emission, labels and jump fix-ups, the constant and name
// tables, temporary registers, exception-table regions, and the final
// assembly of a Unit into a bytecode::Code.
#include <cstdlib>
#include <cstring>

#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

constexpr int kMaxOperand = 0xFFFF;

// A key that identifies a constant by type and value, so equal constants
// share one slot while 0, 0.0, -0.0, False and 0j stay distinct.
std::string const_key(Value v) {
  if (v.is_none()) return "N";
  if (v.is_true()) return "T";
  if (v.is_false()) return "F";
  if (v.is_ellipsis()) return "E";
  if (v.is_int()) return "i" + std::to_string(v.as_int());
  if (v.is_double()) {
    uint64_t bits = v.bits();
    return "f" + std::to_string(bits);
  }
  Type* t = type_of(v);
  if (t == &int_type) return "i" + int_to_string(v);
  if (t == &str_type) return "s" + std::string(v.as<Str>()->view());
  if (t == &bytes_type) return "b" + std::string(v.as<Bytes>()->view());
  if (t == &complex_type) {
    Complex* c = v.as<Complex>();
    Value re = Value::from_double(c->real_), im = Value::from_double(c->imag_);
    return "c" + std::to_string(re.bits()) + "," + std::to_string(im.bits());
  }
  if (t == &tuple_type || t == &frozenset_type) {
    std::string k = t == &tuple_type ? "t(" : "z(";
    auto add = [&](Value item) {
      std::string ik = const_key(item);
      k += std::to_string(ik.size());
      k += ':';
      k += ik;
    };
    if (t == &tuple_type) {
      Tuple* tu = v.as<Tuple>();
      for (size_t i = 0; i < tu->size_; ++i) add(tu->items_[i]);
    } else {
      size_t pos = 0;
      Value item;
      while (set_next(v.as<Set>(), &pos, &item)) add(item);
    }
    return k + ")";
  }
  // Code objects and anything else: identity.
  return "@" + std::to_string(v.bits());
}

}  // namespace

// ---------------------------------------------------------------------------
// Units

void Compiler::push_unit(Scope* s, std::string name, std::string qualname, int firstline) {
  auto unit = std::make_unique<Unit>();
  unit->scope = s;
  unit->name = std::move(name);
  unit->qualname = std::move(qualname);
  unit->firstlineno = firstline > 0 ? firstline : 1;
  unit->cur = SrcPos{unit->firstlineno, -1, unit->firstlineno, -1};
  units_.push_back(std::move(unit));
}

void Compiler::error(const ast::Node* n, std::string msg) {
  if (err_.set) return;
  err_.set = true;
  err_.msg = std::move(msg);
  if (n) {
    err_.line = n->line;
    err_.col = n->col;
    err_.end_line = n->end_line;
    err_.end_col = n->end_col;
  } else if (!units_.empty()) {
    err_.line = u().cur.line;
  }
}

// ---------------------------------------------------------------------------
// Emission

int Compiler::emit(Op op, int a, int b, int c) {
  if (a < 0 || a > kMaxOperand || b < 0 || b > kMaxOperand || c < 0 || c > kMaxOperand) {
    error(nullptr, "too many registers, constants or names in one code block");
    a = b = c = 0;
  }
  bytecode::Instr in{};
  in.op = op;
  in.a = static_cast<uint16_t>(a);
  in.b = static_cast<uint16_t>(b);
  in.c = static_cast<uint16_t>(c);
  u().code.push_back(in);
  const SrcPos& at = u().cur;
  u().lines.push_back(static_cast<uint32_t>(at.line));
  // Columns past what 16 bits hold are dropped (no carets for them).
  bool cols_fit = at.col >= 0 && at.end_col >= 0 && at.col <= INT16_MAX && at.end_col <= INT16_MAX;
  u().positions.push_back(bytecode::Position{at.end_line, static_cast<int16_t>(cols_fit ? at.col : -1),
                                             static_cast<int16_t>(cols_fit ? at.end_col : -1)});
  return pc() - 1;
}

int Compiler::emit_bx(Op op, int a, uint32_t bx) {
  int at = emit(op, a, 0, 0);
  u().code[at].set_bx(bx);
  return at;
}

Label Compiler::new_label() {
  u().label_pos.push_back(-1);
  return Label{static_cast<int>(u().label_pos.size()) - 1};
}

void Compiler::bind(Label l) {
  TR_CHECK(l.id >= 0 && u().label_pos[l.id] < 0);
  u().label_pos[l.id] = pc();
}

void Compiler::emit_jump(Op op, int a, Label target) {
  int at = emit_bx(op, a, 0);
  u().fixups.emplace_back(at, target.id);
}

uint32_t Compiler::add_const(Value v) {
  std::string key = const_key(v);
  auto it = u().const_index.find(key);
  if (it != u().const_index.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(u().consts.size());
  u().consts.push_back(v);
  u().const_index.emplace(std::move(key), i);
  return i;
}

uint32_t Compiler::add_name(std::string_view name) {
  std::string key(name);
  auto it = u().name_index.find(key);
  if (it != u().name_index.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(u().names.size());
  u().names.push_back(str_intern(name));
  u().name_index.emplace(std::move(key), i);
  return i;
}

int Compiler::new_temp() {
  int r = u().next_temp++;
  if (u().next_temp > u().max_regs) u().max_regs = u().next_temp;
  return r;
}

// ---------------------------------------------------------------------------
// Exception-table regions

int Compiler::new_region(Label handler, int reg) {
  Region r;
  r.handler = handler;
  r.reg = static_cast<uint16_t>(reg);
  u().regions.push_back(std::move(r));
  return static_cast<int>(u().regions.size()) - 1;
}

void Compiler::region_open(int r) {
  Region& g = u().regions[r];
  if (g.open_start < 0) g.open_start = pc();
}

void Compiler::region_close(int r) {
  Region& g = u().regions[r];
  if (g.open_start < 0) return;
  if (pc() > g.open_start) g.ranges.emplace_back(g.open_start, pc());
  g.open_start = -1;
}

void Compiler::region_finish(int r) {
  region_close(r);
  // Appending when a region is finished puts inner handlers before outer
  // ones: a nested statement always finishes before the one around it.
  for (auto [start, end] : u().regions[r].ranges)
    u().entries.push_back({start, end, u().regions[r].handler, u().regions[r].reg});
  u().regions[r].ranges.clear();
}

// ---------------------------------------------------------------------------
// Assembly

namespace {

template <class T>
T* copy_out(const std::vector<T>& v) {
  if (v.empty()) return nullptr;
  T* p = static_cast<T*>(std::malloc(sizeof(T) * v.size()));
  TR_CHECK(p != nullptr);
  std::memcpy(static_cast<void*>(p), v.data(), sizeof(T) * v.size());
  return p;
}

Tuple* tuple_of(const std::vector<Value>& items) {
  Tuple* t = tuple_new(items.size());
  for (size_t i = 0; i < items.size(); ++i) t->items_[i] = items[i];
  return t;
}

// A jump whose target is an unconditional JUMP goes straight to that
// JUMP's target. Backward edges stay plain JUMPs: the VM counts loop
// hotness there.
void thread_jumps(std::vector<bytecode::Instr>& code) {
  for (size_t pc = 0; pc < code.size(); ++pc) {
    bytecode::Instr& in = code[pc];
    bool conditional = in.op == Op::JUMP_IF_TRUE || in.op == Op::JUMP_IF_FALSE ||
                       in.op == Op::JUMP_IF_NOT_NONE;
    if (in.op != Op::JUMP && !conditional) continue;
    uint32_t target = in.bx();
    for (int hops = 0; hops < 16 && target < code.size() && code[target].op == Op::JUMP; ++hops) {
      uint32_t next = code[target].bx();
      if (next <= pc || next == target) break;  // keep backward edges as they are
      target = next;
    }
    in.set_bx(target);
  }
}

}  // namespace

bytecode::Code* Compiler::pop_unit() {
  Unit& U = u();
  for (auto [at, label] : U.fixups) {
    int target = U.label_pos[label];
    // After a compile error codegen stops early and leaves labels unbound;
    // the code is discarded anyway.
    if (target < 0) {
      TR_CHECK(failed());
      target = 0;
    }
    U.code[at].set_bx(static_cast<uint32_t>(target));
  }
  thread_jumps(U.code);
  bytecode::Code* code = bytecode::code_new();
  code->instrs_ = copy_out(U.code);
  code->num_instrs_ = static_cast<uint32_t>(U.code.size());
  code->lines_ = copy_out(U.lines);
  code->positions_ = copy_out(U.positions);
  code->num_named_ = static_cast<uint32_t>(U.num_named);
  code->num_regs_ = static_cast<uint32_t>(std::max(U.max_regs, U.num_named));
  code->argcount_ = U.argcount;
  code->posonlyargcount_ = U.posonlyargcount;
  code->kwonlyargcount_ = U.kwonlyargcount;
  code->flags_ = U.flags;
  code->firstlineno_ = static_cast<uint32_t>(U.firstlineno);
  code->consts_ = tuple_of(U.consts);

  std::vector<Value> names;
  for (Str* s : U.names) names.push_back(Value::object(s));
  code->names_ = tuple_of(names);
  std::vector<Value> regs;
  for (const std::string& n : U.reg_names) regs.push_back(Value::object(str_intern(n)));
  code->reg_names_ = tuple_of(regs);
  code->reg_kinds_ = copy_out(U.reg_kinds);
  code->free_regs_ = copy_out(U.free_regs);
  code->num_free_ = static_cast<uint32_t>(U.free_regs.size());
  code->cell_regs_ = copy_out(U.cell_regs);
  code->num_cells_ = static_cast<uint32_t>(U.cell_regs.size());
  std::vector<Value> frees;
  for (const std::string& n : U.freevars) frees.push_back(Value::object(str_intern(n)));
  code->freevar_names_ = tuple_of(frees);

  std::vector<bytecode::ExceptEntry> table;
  for (const Unit::Entry& e : U.entries) {
    if (e.end <= e.start) continue;
    int handler = U.label_pos[e.handler.id];
    if (handler < 0) {
      TR_CHECK(failed());
      handler = 0;
    }
    table.push_back({e.start, e.end, static_cast<uint32_t>(handler), e.reg});
  }
  code->except_table_ = copy_out(table);
  code->num_except_ = static_cast<uint32_t>(table.size());
  code->name_ = str_intern(U.name);
  code->qualname_ = str_new(U.qualname);
  code->filename_ = filename_str_;
  code->docstring_ = U.docstring;
  units_.pop_back();
  return code;
}

}  // namespace tr::compiler
