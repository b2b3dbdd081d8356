// disassembler.cpp — the readable listing of Code objects (bytecode/), used
// by `--dump=bytecode` and the compiler's golden tests: a header per code
// object, one line per instruction with its source line, decoded operands
// and constant / name annotations, then the exception table.
#include <cstdio>
#include <string>
#include <vector>

#include "bytecode/code.h"

namespace tr::bytecode {

namespace {

const char* const kFormats[] = {
#define TR_OP(name, fmt, flags, doc) #fmt,
#include "bytecode/opcodes.def"
#undef TR_OP
};

// What an operand field means, beyond "a register".
enum class Field : char {
  None = '-',
  Reg = 'r',
  Const = 'k',
  Name = 'n',
  Target = 'j',
  Int = 'i',
};

struct Layout {
  Field a, b, c, bx;  // bx is used instead of b and c when not None
};

Layout layout_of(Op op) {
  using F = Field;
  std::string fmt = kFormats[static_cast<size_t>(op)];
  Layout l{F::None, F::None, F::None, F::None};
  if (fmt == "A") l.a = F::Reg;
  else if (fmt == "AB") l.a = l.b = F::Reg;
  else if (fmt == "ABC") l.a = l.b = l.c = F::Reg;
  else if (fmt == "ABx") l.a = F::Reg, l.bx = F::Int;
  else if (fmt == "Bx") l.bx = F::Int;
  switch (op) {
    case Op::LOAD_CONST: l.bx = F::Const; break;
    case Op::CHECK_BOUND: l.bx = F::None; break;
    case Op::LOAD_NAME:
    case Op::STORE_NAME:
    case Op::LOAD_GLOBAL:
    case Op::STORE_GLOBAL:
    case Op::DELETE_NAME:
    case Op::DELETE_GLOBAL: l.bx = F::Name; break;
    case Op::JUMP:
    case Op::JUMP_IF_TRUE:
    case Op::JUMP_IF_FALSE:
    case Op::JUMP_IF_NOT_NONE:
    case Op::FOR_ITER:
    case Op::SEND: l.bx = F::Target; break;
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_ATTR:
    case Op::LOAD_METHOD:
    case Op::IMPORT_FROM: l.c = F::Name; break;
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR: l.b = F::Name; break;
    case Op::IMPORT_NAME: l.b = F::Name, l.c = F::Int; break;
    // CALL's c (kwnames constant + 1) and the flag fields below are shown
    // decoded after the operands instead.
    case Op::CALL:
    case Op::CALL_METHOD: l.b = F::Int, l.c = F::None; break;
    case Op::MAKE_FUNCTION: l.b = F::Const, l.c = F::None; break;
    case Op::FORMAT_VALUE:
    case Op::UNPACK_EX:
    case Op::YIELD_VALUE:
    case Op::RAISE: l.c = F::None; break;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_MAP:
    case Op::BUILD_SLICE:
    case Op::BUILD_STRING:
    case Op::UNPACK_SEQUENCE:
    case Op::MATCH_CLASS: l.c = F::Int; break;
    default: break;
  }
  return l;
}

std::string short_repr(Value v) {
  if (v.is_object() && type_of(v) == &code_type) {
    Code* c = v.as<Code>();
    return "<code " + std::string(c->qualname_ ? c->qualname_->view() : "?") + ">";
  }
  std::string s = repr_utf8(v);
  if (s.empty() && error_pending()) {
    error_clear();
    return "<?>";
  }
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

std::string name_at(Code* c, uint32_t i) {
  if (!c->names_ || i >= c->names_->size_) return "<bad name " + std::to_string(i) + ">";
  return short_repr(c->names_->items_[i]);
}

std::string const_at(Code* c, uint32_t i) {
  if (!c->consts_ || i >= c->consts_->size_) return "<bad const " + std::to_string(i) + ">";
  return short_repr(c->consts_->items_[i]);
}

std::string reg(Code* c, uint32_t r) {
  std::string s = "r" + std::to_string(r);
  if (r < c->num_named_ && c->reg_names_ && r < c->reg_names_->size_) {
    s += ':';
    s += c->reg_names_->items_[r].as<Str>()->view();
  }
  return s;
}

std::string flags_text(uint32_t f) {
  static const std::pair<uint32_t, const char*> kNames[] = {
      {kCodeVarargs, "VARARGS"},     {kCodeVarkeywords, "VARKEYWORDS"},
      {kCodeGenerator, "GENERATOR"}, {kCodeCoroutine, "COROUTINE"},
      {kCodeNested, "NESTED"},       {kCodeModule, "MODULE"},
      {kCodeClassBody, "CLASS_BODY"}, {kCodeHasDocstring, "DOCSTRING"},
  };
  std::string s;
  for (auto [bit, name] : kNames) {
    if (!(f & bit)) continue;
    if (!s.empty()) s += '|';
    s += name;
  }
  return s.empty() ? "0" : s;
}

// Extra words after the operands that decode flag-like fields.
std::string comment(Code* c, const Instr& in) {
  switch (in.op) {
    case Op::CALL:
    case Op::CALL_METHOD:
      if (in.c) return "kw=" + const_at(c, in.c - 1u);
      return "";
    case Op::MAKE_FUNCTION: {
      std::string s;
      const char* names[] = {"defaults", "kwdefaults", "annotations", "closure"};
      for (int i = 0; i < 4; ++i) {
        if (!(in.c & (1 << i))) continue;
        if (!s.empty()) s += '|';
        s += names[i];
      }
      return s;
    }
    case Op::FORMAT_VALUE: {
      const char* conv[] = {"", "!s", "!r", "!a"};
      std::string s = conv[in.c & 3];
      if (in.c & 4) s += s.empty() ? "spec" : " spec";
      return s;
    }
    case Op::UNPACK_EX:
      return "before=" + std::to_string(in.c & 0xFF) + " after=" + std::to_string(in.c >> 8);
    case Op::RAISE: return in.c == 0 ? "reraise" : in.c == 2 ? "from" : "";
    case Op::YIELD_VALUE:
      return in.c ? "delegate=" + reg(c, in.c - 1u) : "";
    default: return "";
  }
}

void pad(std::string& s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  else s += ' ';
}

void listing(Code* c, std::string& out) {
  out += "code ";
  out += c->qualname_ ? c->qualname_->view() : std::string_view("?");
  out += " (\"";
  out += c->filename_ ? c->filename_->view() : std::string_view("?");
  out += "\", line " + std::to_string(c->firstlineno_) + ")\n";
  out += "  flags: " + flags_text(c->flags_);
  out += "  args: " + std::to_string(c->argcount_) + " posonly: " +
         std::to_string(c->posonlyargcount_) + " kwonly: " + std::to_string(c->kwonlyargcount_);
  out += "  regs: " + std::to_string(c->num_regs_) + " named: " + std::to_string(c->num_named_) +
         "\n";
  if (c->num_named_) {
    out += "  named:";
    for (uint32_t r = 0; r < c->num_named_; ++r) {
      out += ' ' + reg(c, r);
      if (c->reg_kinds_ && c->reg_kinds_[r] == RegKind::Cell) out += "[cell]";
      if (c->reg_kinds_ && c->reg_kinds_[r] == RegKind::Free) out += "[free]";
    }
    out += '\n';
  }
  if (c->num_free_) {
    out += "  closure:";
    for (uint32_t i = 0; i < c->num_free_; ++i) out += ' ' + reg(c, c->free_regs_[i]);
    out += '\n';
  }
  if (!c->docstring_.is_none()) out += "  docstring: " + short_repr(c->docstring_) + "\n";

  std::vector<bool> is_target(c->num_instrs_ + 1, false);
  for (uint32_t pc = 0; pc < c->num_instrs_; ++pc) {
    if (layout_of(c->instrs_[pc].op).bx == Field::Target && c->instrs_[pc].bx() <= c->num_instrs_)
      is_target[c->instrs_[pc].bx()] = true;
  }
  for (uint32_t i = 0; i < c->num_except_; ++i)
    if (c->except_table_[i].handler <= c->num_instrs_) is_target[c->except_table_[i].handler] = true;

  uint32_t last_line = 0;
  for (uint32_t pc = 0; pc < c->num_instrs_; ++pc) {
    const Instr& in = c->instrs_[pc];
    uint32_t line = c->lines_ ? c->lines_[pc] : 0;
    std::string row;
    if (line != last_line) {
      row = std::to_string(line);
      last_line = line;
    }
    row.insert(0, row.size() < 4 ? 4 - row.size() : 0, ' ');
    row += is_target[pc] ? " >> " : "    ";
    std::string num = std::to_string(pc);
    row.append(num.size() < 4 ? 4 - num.size() : 0, ' ');
    row += num + ' ';
    row += op_name(in.op);
    Layout l = layout_of(in.op);
    if (in.op == Op::RAISE && in.c < 2) l.b = Field::None;
    if (in.op == Op::RAISE && in.c == 0) l.a = Field::None;
    // An empty BUILD_* reads no registers: do not show a meaningless b.
    if ((in.op == Op::BUILD_LIST || in.op == Op::BUILD_SET || in.op == Op::BUILD_MAP ||
         in.op == Op::BUILD_TUPLE || in.op == Op::BUILD_STRING) && in.c == 0)
      l.b = Field::None;
    std::vector<std::string> ops;
    auto field = [&](Field f, uint32_t v) {
      switch (f) {
        case Field::None: break;
        case Field::Reg: ops.push_back(reg(c, v)); break;
        case Field::Const: ops.push_back(const_at(c, v)); break;
        case Field::Name: ops.push_back(name_at(c, v)); break;
        case Field::Target: ops.push_back("-> " + std::to_string(v)); break;
        case Field::Int: ops.push_back(std::to_string(v)); break;
      }
    };
    field(l.a, in.a);
    if (l.bx != Field::None || std::string(kFormats[static_cast<size_t>(in.op)]) == "ABx" ||
        std::string(kFormats[static_cast<size_t>(in.op)]) == "Bx") {
      field(l.bx, in.bx());
    } else {
      field(l.b, in.b);
      field(l.c, in.c);
    }
    std::string extra = comment(c, in);
    if (!extra.empty()) ops.push_back(extra);
    if (!ops.empty()) {
      pad(row, 36);
      for (size_t i = 0; i < ops.size(); ++i) {
        if (i) row += ' ';
        row += ops[i];
      }
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + '\n';
  }
  if (c->num_except_) {
    out += "  exception table:\n";
    for (uint32_t i = 0; i < c->num_except_; ++i) {
      const ExceptEntry& e = c->except_table_[i];
      out += "    " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " +
             std::to_string(e.handler) + " [" + reg(c, e.reg) + "]\n";
    }
  }
}

void walk(Code* c, std::string& out) {
  listing(c, out);
  if (!c->consts_) return;
  for (size_t i = 0; i < c->consts_->size_; ++i) {
    Value v = c->consts_->items_[i];
    if (v.is_object() && type_of(v) == &code_type) {
      out += '\n';
      walk(v.as<Code>(), out);
    }
  }
}

}  // namespace

std::string disassemble(Code* code) {
  std::string out;
  walk(code, out);
  return out;
}

}  // namespace tr::bytecode
