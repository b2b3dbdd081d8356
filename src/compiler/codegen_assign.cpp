// codegen_assign.cpp — assignment statements (compiler/): plain, chained and
// unpacking assignment to names / attributes / items, augmented assignment
// (target sub-expressions evaluated once), annotated assignment, and del.
#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

const ast::AstList<ast::Expr*>* sequence_elts(const ast::Expr* e) {
  if (auto* t = ast::as<ast::Tuple>(e)) return &t->elts;
  if (auto* l = ast::as<ast::List>(e)) return &l->elts;
  return nullptr;
}

bool any_starred(const ast::AstList<ast::Expr*>& elts) {
  for (const ast::Expr* e : elts)
    if (e->kind == ast::NodeKind::Starred) return true;
  return false;
}

}  // namespace

void Compiler::assign(const ast::Assign* s) {
  if (s->targets.size() == 1) {
    const ast::Expr* t = s->targets[0];
    if (auto* n = ast::as<ast::Name>(t)) {
      int reg = local_reg(n->id);
      if (reg >= 0) {
        expr_to(s->value, reg);
        set_assigned(reg, true);
        return;
      }
    }
    // `a, b = x, y`: evaluate the items, then store them — no tuple built.
    const ast::AstList<ast::Expr*>* lhs = sequence_elts(t);
    const ast::AstList<ast::Expr*>* rhs = sequence_elts(s->value);
    if (lhs && rhs && lhs->size() == rhs->size() && !any_starred(*lhs) && !any_starred(*rhs)) {
      int base = top();
      for (const ast::Expr* e : *rhs) expr_top(e);
      for (size_t i = 0; i < lhs->size(); ++i) store_to((*lhs)[i], base + static_cast<int>(i));
      return;
    }
    int r = expr_any(s->value);
    store_to(t, r);
    return;
  }
  // Chained: evaluated once into a temporary that no target store can touch.
  int r = expr_top(s->value);
  for (const ast::Expr* t : s->targets) store_to(t, r);
}

void Compiler::store_to(const ast::Expr* target, int src) {
  using K = ast::NodeKind;
  int mark = top();
  SrcPos old = set_line(target);
  switch (target->kind) {
    case K::Name: store_name(ast::cast<ast::Name>(target)->id, src); break;
    case K::Attribute: {
      auto* a = ast::cast<ast::Attribute>(target);
      int o = expr_any(a->value);
      set_line(target);
      emit(Op::STORE_ATTR, o, add_name(mangle(a->attr)), src);
      break;
    }
    case K::Subscript: {
      auto* sub = ast::cast<ast::Subscript>(target);
      int o = expr_any(sub->value);
      int key = subscript_key(sub->slice);
      set_line(target);
      emit(Op::SETITEM, o, key, src);
      break;
    }
    case K::Tuple: unpack_to(ast::cast<ast::Tuple>(target)->elts, src, target); break;
    case K::List: unpack_to(ast::cast<ast::List>(target)->elts, src, target); break;
    case K::Starred: error(target, "starred assignment target must be in a list or tuple"); break;
    default: error(target, "cannot assign to expression"); break;
  }
  free_temps(mark);
  set_line(old);
}

void Compiler::unpack_to(const ast::AstList<ast::Expr*>& elts, int src, const ast::Node* at) {
  size_t n = elts.size();
  int star = -1;
  for (size_t i = 0; i < n; ++i) {
    if (elts[i]->kind != ast::NodeKind::Starred) continue;
    if (star >= 0) {
      error(at, "multiple starred expressions in assignment");
      return;
    }
    star = static_cast<int>(i);
  }
  int base = top();
  for (size_t i = 0; i < n; ++i) new_temp();
  if (star < 0) {
    emit(Op::UNPACK_SEQUENCE, base, src, static_cast<int>(n));
  } else {
    size_t before = static_cast<size_t>(star), after = n - before - 1;
    if (before > 0xFF || after > 0xFF) {
      error(at, "too many expressions in star-unpacking assignment");
      return;
    }
    emit(Op::UNPACK_EX, base, src, static_cast<int>(before | (after << 8)));
  }
  for (size_t i = 0; i < n; ++i) {
    const ast::Expr* t = elts[i];
    if (auto* s = ast::as<ast::Starred>(t)) t = s->value;
    store_to(t, base + static_cast<int>(i));
  }
  free_temps(base);
}

// ---------------------------------------------------------------------------
// Augmented assignment: the target is read once and written once.

void Compiler::aug_assign(const ast::AugAssign* s) {
  Op op = binop_opcode(s->op, true);
  const ast::Expr* target = s->target;
  if (auto* n = ast::as<ast::Name>(target)) {
    int reg = local_reg(n->id);
    if (reg >= 0 && !u().scope->has_walrus) {
      if (!is_assigned(reg)) {
        emit_bx(Op::CHECK_BOUND, reg, static_cast<uint32_t>(reg));
        set_assigned(reg, true);
      }
      int v = expr_any(s->value);
      set_line(s);
      emit(op, reg, reg, v);
      return;
    }
    int t = new_temp();
    load_name(n->id, t);
    int v = expr_any(s->value);
    set_line(s);
    emit(op, t, t, v);
    store_name(n->id, t);
    return;
  }
  if (auto* a = ast::as<ast::Attribute>(target)) {
    int o = expr_any(a->value);
    int t = new_temp();
    int name = add_name(mangle(a->attr));
    set_line(target);
    emit(Op::LOAD_ATTR, t, o, name);
    int v = expr_any(s->value);
    set_line(s);
    emit(op, t, t, v);
    set_line(target);
    emit(Op::STORE_ATTR, o, name, t);
    return;
  }
  if (auto* sub = ast::as<ast::Subscript>(target)) {
    int o = expr_any(sub->value);
    int key = subscript_key(sub->slice);
    int t = new_temp();
    set_line(target);
    emit(Op::GETITEM, t, o, key);
    int v = expr_any(s->value);
    set_line(s);
    emit(op, t, t, v);
    set_line(target);
    emit(Op::SETITEM, o, key, t);
    return;
  }
  error(target, "illegal expression for augmented assignment");
}

// ---------------------------------------------------------------------------
// Annotated assignment: module and class bodies record simple names in
// __annotations__; functions never evaluate the annotation.

void Compiler::ann_assign(const ast::AnnAssign* s) {
  using K = ast::NodeKind;
  bool record = u().scope->kind == ScopeKind::Module || u().scope->kind == ScopeKind::Class;
  const ast::Expr* target = s->target;
  if (s->value) {
    int reg = target->kind == K::Name ? local_reg(ast::cast<ast::Name>(target)->id) : -1;
    if (reg >= 0) {
      expr_to(s->value, reg);
      set_assigned(reg, true);
    } else {
      int r = expr_any(s->value);
      store_to(target, r);
    }
  } else if (auto* a = ast::as<ast::Attribute>(target)) {
    expr_discard(a->value);
  } else if (auto* sub = ast::as<ast::Subscript>(target)) {
    int mark = top();
    expr_any(sub->value);
    subscript_key(sub->slice);
    free_temps(mark);
  }
  if (!record) return;
  int mark = top();
  if (target->kind == K::Name && s->simple) {
    int ann = new_temp();
    annotation_to(s->annotation, ann);
    int d = new_temp();
    set_line(s);
    load_name("__annotations__", d);
    int key = new_temp();
    load_const(key, make_str_const(mangle(ast::cast<ast::Name>(target)->id)));
    emit(Op::SETITEM, d, key, ann);
  } else if (!future_annotations_) {
    expr_discard(s->annotation);
  }
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// del

void Compiler::delete_target(const ast::Expr* t) {
  using K = ast::NodeKind;
  int mark = top();
  SrcPos old = set_line(t);
  switch (t->kind) {
    case K::Name: delete_name(ast::cast<ast::Name>(t)->id); break;
    case K::Attribute: {
      auto* a = ast::cast<ast::Attribute>(t);
      int o = expr_any(a->value);
      set_line(t);
      emit(Op::DELETE_ATTR, o, add_name(mangle(a->attr)));
      break;
    }
    case K::Subscript: {
      auto* sub = ast::cast<ast::Subscript>(t);
      int o = expr_any(sub->value);
      int key = subscript_key(sub->slice);
      set_line(t);
      emit(Op::DELITEM, o, key);
      break;
    }
    case K::Tuple:
      for (const ast::Expr* e : ast::cast<ast::Tuple>(t)->elts) delete_target(e);
      break;
    case K::List:
      for (const ast::Expr* e : ast::cast<ast::List>(t)->elts) delete_target(e);
      break;
    case K::Starred: error(t, "cannot delete starred"); break;
    default: error(t, "cannot delete expression"); break;
  }
  free_temps(mark);
  set_line(old);
}

}  // namespace tr::compiler
