// codegen_name.cpp — names in codegen: the register layout of a unit, how a
// name is loaded / stored / deleted from the scope analysis, and the
// definitely-assigned tracking that decides where CHECK_BOUND is needed.
#include <algorithm>

#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

// ---------------------------------------------------------------------------
// Register layout

void Compiler::setup_unit_registers(Scope* s, const ast::Arguments* args) {
  Unit& U = u();
  auto add_reg = [&](const std::string& name, RegKind kind) {
    int r = static_cast<int>(U.reg_names.size());
    U.reg_names.push_back(name);
    U.reg_kinds.push_back(kind);
    U.reg_of[name] = r;
    if (kind == RegKind::Cell) U.cell_regs.push_back(static_cast<uint16_t>(r));
    if (kind == RegKind::Free) {
      U.free_regs.push_back(static_cast<uint16_t>(r));
      U.freevars.push_back(name);
    }
    return r;
  };
  auto is_free = [&](const std::string& name) {
    const Symbol& y = s->symbols.at(name);
    return y.scope == SymScope::Free ||
           (s->kind == ScopeKind::Class && (y.flags & kSymFreeClass));
  };

  if (s->is_function_like()) {
    for (const std::string& p : s->params)
      add_reg(p, s->symbols.at(p).scope == SymScope::Cell ? RegKind::Cell : RegKind::Local);
    for (const std::string& name : s->order) {
      const Symbol& y = s->symbols.at(name);
      if (y.flags & kSymParam) continue;
      if (y.scope == SymScope::Local) add_reg(name, RegKind::Local);
      else if (y.scope == SymScope::Cell) add_reg(name, RegKind::Cell);
    }
  }
  if (s->kind == ScopeKind::Class && s->needs_class_cell) {
    int r = static_cast<int>(U.reg_names.size());
    U.reg_names.push_back("__class__");
    U.reg_kinds.push_back(RegKind::Cell);
    U.cell_regs.push_back(static_cast<uint16_t>(r));
    U.class_cell_reg = r;
  }
  // Free variables in sorted order: that is the closure order.
  std::vector<std::string> frees;
  for (const std::string& name : s->order)
    if (is_free(name)) frees.push_back(name);
  std::sort(frees.begin(), frees.end());
  for (const std::string& name : frees) add_reg(name, RegKind::Free);

  U.num_named = static_cast<int>(U.reg_names.size());
  U.next_temp = U.max_regs = U.num_named;
  U.assigned.bits.assign(U.num_named, false);
  for (int r = 0; r < U.num_named; ++r)
    if (U.reg_kinds[r] != RegKind::Local || r < static_cast<int>(s->params.size()))
      U.assigned.bits[r] = true;

  if (args) {
    U.posonlyargcount = args->posonlyargs.size();
    U.argcount = args->posonlyargs.size() + args->args.size();
    U.kwonlyargcount = args->kwonlyargs.size();
  } else if (s->kind == ScopeKind::Comprehension) {
    U.argcount = 1;  // .0
  }
  if (s->has_varargs) U.flags |= bytecode::kCodeVarargs;
  if (s->has_varkw) U.flags |= bytecode::kCodeVarkeywords;
  if (s->is_generator) U.flags |= bytecode::kCodeGenerator;
  if (s->is_coroutine) U.flags |= bytecode::kCodeCoroutine;
  if (s->is_nested) U.flags |= bytecode::kCodeNested;
  // Cells exist from the first instruction; parameters are wrapped in place.
  for (uint16_t r : U.cell_regs) emit(Op::MAKE_CELL, r);
}

// ---------------------------------------------------------------------------
// Name resolution

NameRef Compiler::resolve(std::string_view raw) {
  NameRef ref;
  ref.name = mangle(raw);
  Scope* s = u().scope;
  const Symbol* y = s->find(ref.name);
  SymScope sc = y ? y->scope : SymScope::GlobalImplicit;
  auto reg = [&]() {
    auto it = u().reg_of.find(ref.name);
    TR_CHECK(it != u().reg_of.end());
    return it->second;
  };
  switch (s->kind) {
    case ScopeKind::Module:
      ref.access = (sc == SymScope::GlobalExplicit || !opts_.name_ops_at_module_level)
                       ? Access::Global
                       : Access::Name;
      break;
    case ScopeKind::Class:
      if (sc == SymScope::GlobalExplicit) {
        ref.access = Access::Global;
      } else if (sc == SymScope::Free) {
        ref.access = Access::ClassDeref;
        ref.reg = reg();
      } else {
        ref.access = Access::Name;
      }
      break;
    default:
      if (sc == SymScope::Local) {
        ref.access = Access::Fast;
        ref.reg = reg();
      } else if (sc == SymScope::Cell || sc == SymScope::Free) {
        ref.access = Access::Deref;
        ref.reg = reg();
      } else {
        ref.access = Access::Global;
      }
      break;
  }
  return ref;
}

int Compiler::local_reg(std::string_view raw) {
  NameRef r = resolve(raw);
  return r.access == Access::Fast ? r.reg : -1;
}

void Compiler::load_name(std::string_view raw, int dst) {
  NameRef r = resolve(raw);
  switch (r.access) {
    case Access::Fast:
      if (!is_assigned(r.reg)) {
        emit_bx(Op::CHECK_BOUND, r.reg, static_cast<uint32_t>(r.reg));
        set_assigned(r.reg, true);
      }
      move(dst, r.reg);
      break;
    case Access::Deref: emit(Op::LOAD_DEREF, dst, r.reg); break;
    case Access::ClassDeref: emit(Op::LOAD_CLASSDEREF, dst, r.reg, add_name(r.name)); break;
    case Access::Global: emit_bx(Op::LOAD_GLOBAL, dst, add_name(r.name)); break;
    case Access::Name: emit_bx(Op::LOAD_NAME, dst, add_name(r.name)); break;
  }
}

int Compiler::load_name_any(std::string_view raw) {
  NameRef r = resolve(raw);
  // A walrus in this function could rebind the local while the rest of the
  // expression runs, so then the value is copied to keep evaluation order.
  if (r.access == Access::Fast && !u().scope->has_walrus) {
    if (!is_assigned(r.reg)) {
      emit_bx(Op::CHECK_BOUND, r.reg, static_cast<uint32_t>(r.reg));
      set_assigned(r.reg, true);
    }
    return r.reg;
  }
  int t = new_temp();
  load_name(raw, t);
  return t;
}

void Compiler::store_name(std::string_view raw, int src) {
  NameRef r = resolve(raw);
  switch (r.access) {
    case Access::Fast:
      move(r.reg, src);
      set_assigned(r.reg, true);
      break;
    case Access::Deref:
    case Access::ClassDeref: emit(Op::STORE_DEREF, r.reg, src); break;
    case Access::Global: emit_bx(Op::STORE_GLOBAL, src, add_name(r.name)); break;
    case Access::Name: emit_bx(Op::STORE_NAME, src, add_name(r.name)); break;
  }
}

void Compiler::delete_name(std::string_view raw) {
  NameRef r = resolve(raw);
  switch (r.access) {
    case Access::Fast:
      emit(Op::DELETE_FAST, r.reg);
      set_assigned(r.reg, false);
      break;
    case Access::Deref:
    case Access::ClassDeref: emit(Op::DELETE_DEREF, r.reg); break;
    case Access::Global: emit_bx(Op::DELETE_GLOBAL, 0, add_name(r.name)); break;
    case Access::Name: emit_bx(Op::DELETE_NAME, 0, add_name(r.name)); break;
  }
}

// ---------------------------------------------------------------------------
// Definitely-assigned registers

bool Compiler::is_assigned(int reg) {
  Assigned& a = u().assigned;
  if (a.unreachable) return true;
  return reg < static_cast<int>(a.bits.size()) && a.bits[reg];
}

void Compiler::set_assigned(int reg, bool on) {
  Assigned& a = u().assigned;
  if (reg < static_cast<int>(a.bits.size())) a.bits[reg] = on;
}

namespace {

void deleted_in_target(Compiler& c, const ast::Expr* t) {
  if (auto* n = ast::as<ast::Name>(t)) {
    int r = c.local_reg(n->id);
    if (r >= 0) c.set_assigned(r, false);
  } else if (auto* tu = ast::as<ast::Tuple>(t)) {
    for (const ast::Expr* e : tu->elts) deleted_in_target(c, e);
  } else if (auto* l = ast::as<ast::List>(t)) {
    for (const ast::Expr* e : l->elts) deleted_in_target(c, e);
  }
}

void deleted_in(Compiler& c, const ast::AstList<ast::Stmt*>& body);

void deleted_in_stmt(Compiler& c, const ast::Stmt* s) {
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::Delete:
      for (const ast::Expr* t : ast::cast<ast::Delete>(s)->targets) deleted_in_target(c, t);
      break;
    case K::If: {
      auto* i = ast::cast<ast::If>(s);
      deleted_in(c, i->body);
      deleted_in(c, i->orelse);
      break;
    }
    case K::While: {
      auto* w = ast::cast<ast::While>(s);
      deleted_in(c, w->body);
      deleted_in(c, w->orelse);
      break;
    }
    case K::For: {
      auto* f = ast::cast<ast::For>(s);
      deleted_in(c, f->body);
      deleted_in(c, f->orelse);
      break;
    }
    case K::With: deleted_in(c, ast::cast<ast::With>(s)->body); break;
    case K::Try: {
      auto* t = ast::cast<ast::Try>(s);
      deleted_in(c, t->body);
      for (const ast::ExceptHandler* h : t->handlers) {
        if (!h->name.empty()) {
          int r = c.local_reg(h->name);
          if (r >= 0) c.set_assigned(r, false);
        }
        deleted_in(c, h->body);
      }
      deleted_in(c, t->orelse);
      deleted_in(c, t->finalbody);
      break;
    }
    case K::Match:
      for (const ast::MatchCase* mc : ast::cast<ast::Match>(s)->cases) deleted_in(c, mc->body);
      break;
    default:
      break;
  }
}

void deleted_in(Compiler& c, const ast::AstList<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) deleted_in_stmt(c, s);
}

}  // namespace

// Clears every local that `del` (or an `except ... as` unbinding) in `body`
// may leave unbound: what holds at a loop head or an exception handler.
void Compiler::forget_deleted(const ast::AstList<ast::Stmt*>& body) {
  if (!u().scope->is_function_like() || u().assigned.unreachable) return;
  deleted_in(*this, body);
}

}  // namespace tr::compiler
