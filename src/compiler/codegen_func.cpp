// codegen_func.cpp — code objects inside code objects (compiler/): def and
// lambda (defaults, keyword defaults, annotations, closures, decorators),
// class bodies, comprehensions as immediately called functions, and
// yield / yield from / await.
#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

bool is_str_constant(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  return c && c->value_kind == ast::ConstantKind::Str;
}

}  // namespace

bool is_docstring_stmt(const ast::Stmt* s) {
  auto* e = ast::as<ast::ExprStmt>(s);
  return e && is_str_constant(e->value);
}

std::string Compiler::qualname_for(std::string_view name, bool check_global) {
  Unit& p = u();
  Scope* ps = p.scope;
  if (ps->kind == ScopeKind::Module) return std::string(name);
  if (check_global) {
    const Symbol* y = ps->find(ps->mangle(name));
    if (y && y->scope == SymScope::GlobalExplicit) return std::string(name);
  }
  if (ps->kind == ScopeKind::Function || ps->kind == ScopeKind::Lambda)
    return p.qualname + ".<locals>." + std::string(name);
  return p.qualname + "." + std::string(name);
}

bool Compiler::falls_through() {
  Unit& U = u();
  if (U.code.empty()) return true;
  for (auto [at, label] : U.fixups)
    if (U.label_pos[label] == pc()) return true;
  switch (U.code.back().op) {
    case Op::RETURN:
    case Op::JUMP:
    case Op::RAISE:
    case Op::RERAISE:
      return false;
    default:
      return true;
  }
}

void Compiler::function_body(const ast::AstList<ast::Stmt*>& body, size_t start) {
  for (size_t i = start; i < body.size(); ++i) {
    if (failed()) return;
    stmt(body[i]);
  }
  // The implicit `return None` belongs to the last statement's line.
  if (!body.empty() && body.size() > start) set_line(body[body.size() - 1]);
  if (falls_through()) return_none();
}

// ---------------------------------------------------------------------------
// MAKE_FUNCTION and its inputs

void Compiler::make_function(bytecode::Code* code, int base, int flags) {
  int mark = top();
  if (code->num_free_ > 0) {
    // The closure: the cells of the child's free variables, in its order.
    int ct = new_temp();
    int cb = top();
    Unit& p = u();
    for (size_t i = 0; i < code->freevar_names_->size_; ++i) {
      std::string name(code->freevar_names_->items_[i].as<Str>()->view());
      int r;
      if (p.scope->kind == ScopeKind::Class && name == "__class__" && p.class_cell_reg >= 0) {
        r = p.class_cell_reg;
      } else {
        auto it = p.reg_of.find(name);
        TR_CHECK(it != p.reg_of.end());
        r = it->second;
      }
      move(new_temp(), r);
    }
    emit(Op::BUILD_TUPLE, ct, cb, static_cast<int>(code->num_free_));
    flags |= 8;
  }
  emit(Op::MAKE_FUNCTION, base, add_const(Value::object(code)), flags);
  free_temps(mark);
}

// Evaluates defaults, keyword-only defaults and annotations into the temps
// after `fn`; returns the MAKE_FUNCTION flag bits they stand for.
int Compiler::function_inputs(const ast::Arguments* a, const ast::Expr* returns) {
  int flags = 0;
  if (!a->defaults.empty()) {
    int t = new_temp();
    std::vector<Value> items;
    for (const ast::Expr* d : a->defaults) {
      Value v = fold(d);
      if (v.is_null()) break;
      items.push_back(v);
    }
    if (items.size() == a->defaults.size()) {
      load_const(t, const_tuple(items));
    } else {
      int base = top();
      for (const ast::Expr* d : a->defaults) expr_top(d);
      emit(Op::BUILD_TUPLE, t, base, static_cast<int>(a->defaults.size()));
      free_temps(base);
    }
    flags |= 1;
  }
  bool any_kw = false;
  for (const ast::Expr* d : a->kw_defaults)
    if (d) any_kw = true;
  if (any_kw) {
    int t = new_temp();
    int base = top();
    int n = 0;
    for (size_t i = 0; i < a->kwonlyargs.size() && i < a->kw_defaults.size(); ++i) {
      if (!a->kw_defaults[i]) continue;
      load_const(new_temp(), make_str_const(mangle(a->kwonlyargs[i]->arg)));
      expr_top(a->kw_defaults[i]);
      ++n;
    }
    emit(Op::BUILD_MAP, t, base, n);
    free_temps(base);
    flags |= 2;
  }
  // Annotations, in CPython 3.11's order: args, posonly, *args, kw-only, **kw, return.
  std::vector<std::pair<std::string, const ast::Expr*>> ann;
  auto add = [&](const ast::Arg* arg) {
    if (arg && arg->annotation) ann.emplace_back(mangle(arg->arg), arg->annotation);
  };
  for (const ast::Arg* x : a->args) add(x);
  for (const ast::Arg* x : a->posonlyargs) add(x);
  add(a->vararg);
  for (const ast::Arg* x : a->kwonlyargs) add(x);
  add(a->kwarg);
  if (returns) ann.emplace_back("return", returns);
  if (!ann.empty()) {
    int t = new_temp();
    int base = top();
    for (auto& [name, e] : ann) {
      load_const(new_temp(), make_str_const(name));
      annotation_to(e, new_temp());
    }
    emit(Op::BUILD_MAP, t, base, static_cast<int>(ann.size()));
    free_temps(base);
    flags |= 4;
  }
  return flags;
}

// Decorators sit in the temps [dec_base, dec_base + n) with the decorated
// object right after them: calling from the innermost out needs no moves.
int Compiler::apply_decorators(const ast::AstList<ast::Expr*>& decs, int dec_base) {
  int n = static_cast<int>(decs.size());
  for (int i = n - 1; i >= 0; --i) {
    set_line(decs[i]);
    emit(Op::CALL, dec_base + i, 1, 0);
  }
  return dec_base;
}

// ---------------------------------------------------------------------------
// def / lambda

void Compiler::function_def(const ast::FunctionDef* f) {
  Scope* fs = symtab_.scope_for(f);
  TR_CHECK(fs != nullptr);
  int mark = top();
  int dec_base = top();
  for (const ast::Expr* d : f->decorator_list) expr_top(d);
  int firstline = f->decorator_list.empty() ? f->line : f->decorator_list[0]->line;
  set_line(f);
  int fn = new_temp();
  int flags = function_inputs(f->args, f->returns);

  push_unit(fs, std::string(f->name), qualname_for(f->name, true), firstline);
  setup_unit_registers(fs, f->args);
  size_t start = 0;
  if (!f->body.empty() && is_docstring_stmt(f->body[0])) {
    u().docstring = constant_value(ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(f->body[0])->value));
    u().flags |= bytecode::kCodeHasDocstring;
    start = 1;
  }
  function_body(f->body, start);
  bytecode::Code* code = pop_unit();

  set_line(f);
  make_function(code, fn, flags);
  free_temps(fn + 1);  // the MAKE_FUNCTION inputs are consumed
  int result = f->decorator_list.empty() ? fn : apply_decorators(f->decorator_list, dec_base);
  set_line(f);
  store_name(f->name, result);
  free_temps(mark);
}

void Compiler::lambda(const ast::Lambda* l, int dst) {
  Scope* ls = symtab_.scope_for(l);
  TR_CHECK(ls != nullptr);
  int mark = top();
  int base = (is_temp(dst) && dst == top() - 1) ? dst : new_temp();
  int flags = function_inputs(l->args, nullptr);
  push_unit(ls, "<lambda>", qualname_for("<lambda>", false), l->line);
  setup_unit_registers(ls, l->args);
  int r = expr_any(l->body);
  emit(Op::RETURN, r);
  bytecode::Code* code = pop_unit();
  set_line(l);
  make_function(code, base, flags);
  move(dst, base);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// class

void Compiler::class_def(const ast::ClassDef* c) {
  Scope* cs = symtab_.scope_for(c);
  TR_CHECK(cs != nullptr);
  if (!check_keywords(c->keywords)) return;
  int mark = top();
  int dec_base = top();
  for (const ast::Expr* d : c->decorator_list) expr_top(d);
  int firstline = c->decorator_list.empty() ? c->line : c->decorator_list[0]->line;
  std::string qualname = qualname_for(c->name, true);

  // ---- the body: a function run by __build_class__ with a namespace dict
  push_unit(cs, std::string(c->name), qualname, firstline);
  u().flags |= bytecode::kCodeClassBody;
  setup_unit_registers(cs, nullptr);
  set_line(c);
  int t = new_temp();
  emit_bx(Op::LOAD_NAME, t, add_name("__name__"));
  emit_bx(Op::STORE_NAME, t, add_name("__module__"));
  load_const(t, make_str_const(qualname));
  emit_bx(Op::STORE_NAME, t, add_name("__qualname__"));
  size_t start = 0;
  if (!c->body.empty() && is_docstring_stmt(c->body[0])) {
    Value doc = constant_value(ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(c->body[0])->value));
    u().docstring = doc;
    u().flags |= bytecode::kCodeHasDocstring;
    set_line(c->body[0]);
    load_const(t, doc);
    emit_bx(Op::STORE_NAME, t, add_name("__doc__"));
    start = 1;
  }
  free_temps(t);
  if (cs->has_annotations) emit(Op::SETUP_ANNOTATIONS);
  for (size_t i = start; i < c->body.size() && !failed(); ++i) stmt(c->body[i]);
  if (!c->body.empty()) set_line(c->body[c->body.size() - 1]);
  if (cs->needs_class_cell) {
    // __build_class__ fills the cell with the new class (zero-arg super()).
    emit_bx(Op::STORE_NAME, u().class_cell_reg, add_name("__classcell__"));
  }
  return_none();
  bytecode::Code* code = pop_unit();

  // ---- __build_class__(body, name, *bases, **keywords)
  set_line(c);
  int base = new_temp();
  emit(Op::LOAD_BUILD_CLASS, base);
  bool star = false;
  for (const ast::Expr* b : c->bases)
    if (b->kind == ast::NodeKind::Starred) star = true;
  for (const ast::Keyword* k : c->keywords)
    if (k->arg.empty()) star = true;
  Value name = make_str_const(c->name);
  if (!star) {
    int fn = new_temp();
    make_function(code, fn, 0);
    load_const(new_temp(), name);
    for (const ast::Expr* b : c->bases) expr_top(b);
    for (const ast::Keyword* k : c->keywords) expr_top(k->value);
    int kwc = 0;
    if (!c->keywords.empty()) {
      std::vector<Value> names;
      for (const ast::Keyword* k : c->keywords) names.push_back(Value::object(str_intern(k->arg)));
      kwc = static_cast<int>(add_const(const_tuple(names))) + 1;
    }
    set_line(c);
    emit(Op::CALL, base, static_cast<int>(2 + c->bases.size() + c->keywords.size()), kwc);
  } else {
    int pos = new_temp();
    int kw = new_temp();
    int fn = new_temp();
    make_function(code, fn, 0);
    load_const(new_temp(), name);
    call_ex_args(c->bases, c->keywords, pos, kw, base, fn, 2);
    set_line(c);
    emit(Op::CALL_EX, base);
  }
  free_temps(base + 1);
  int result = c->decorator_list.empty() ? base : apply_decorators(c->decorator_list, dec_base);
  set_line(c);
  store_name(c->name, result);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// Comprehensions: a nested function over iter(outermost iterable)

void Compiler::comprehension_loop(const ast::Expr* e, size_t i, int res) {
  using K = ast::NodeKind;
  const ast::AstList<ast::Comprehension*>* gens;
  const ast::Expr* elt = nullptr;
  const ast::Expr* key = nullptr;
  switch (e->kind) {
    case K::ListComp: gens = &ast::cast<ast::ListComp>(e)->generators; elt = ast::cast<ast::ListComp>(e)->elt; break;
    case K::SetComp: gens = &ast::cast<ast::SetComp>(e)->generators; elt = ast::cast<ast::SetComp>(e)->elt; break;
    case K::GeneratorExp:
      gens = &ast::cast<ast::GeneratorExp>(e)->generators;
      elt = ast::cast<ast::GeneratorExp>(e)->elt;
      break;
    default:
      gens = &ast::cast<ast::DictComp>(e)->generators;
      key = ast::cast<ast::DictComp>(e)->key;
      elt = ast::cast<ast::DictComp>(e)->value;
      break;
  }
  const ast::Comprehension* g = (*gens)[i];
  int mark = top();
  int it = new_temp();
  if (i == 0) {
    move(it, u().reg_of.at(".0"));
  } else {
    expr_to(g->iter, it);
    set_line(e);
    emit(g->is_async ? Op::GET_AITER : Op::GET_ITER, it, it);
  }
  int val = new_temp();
  Label head = new_label(), done = new_label(), stop = new_label();
  int region = g->is_async ? new_region(stop, val) : -1;
  Assigned at_head = state();
  bind(head);
  set_line(e);
  if (g->is_async) async_next(it, val, region);
  else emit_jump(Op::FOR_ITER, it, done);
  store_to(g->target, val);
  for (const ast::Expr* cond : g->ifs) jump_if(cond, false, head);
  if (i + 1 < gens->size()) {
    comprehension_loop(e, i + 1, res);
  } else {
    int m = top();
    switch (e->kind) {
      case K::ListComp: emit(Op::LIST_APPEND, res, expr_any(elt)); break;
      case K::SetComp: emit(Op::SET_ADD, res, expr_any(elt)); break;
      case K::DictComp: {
        int kr = expr_any(key);
        int vr = expr_any(elt);
        set_line(e);
        emit(Op::MAP_ADD, res, kr, vr);
        break;
      }
      default: {
        int v = expr_any(elt);
        int y = new_temp();
        set_line(e);
        emit(Op::YIELD_VALUE, y, v, 0);
        break;
      }
    }
    free_temps(m);
  }
  set_line(e);
  jump(head);
  if (g->is_async) {
    region_finish(region);
    bind(stop);
    emit(Op::END_ASYNC_FOR, val);
  }
  bind(done);
  set_state(at_head);
  free_temps(mark);
}

void Compiler::comprehension(const ast::Expr* e, int dst) {
  using K = ast::NodeKind;
  Scope* cs = symtab_.scope_for(e);
  TR_CHECK(cs != nullptr);
  const ast::AstList<ast::Comprehension*>* gens = nullptr;
  const ast::Expr* elt = nullptr;
  const char* name = "<listcomp>";
  switch (e->kind) {
    case K::ListComp: gens = &ast::cast<ast::ListComp>(e)->generators; elt = ast::cast<ast::ListComp>(e)->elt; break;
    case K::SetComp:
      gens = &ast::cast<ast::SetComp>(e)->generators;
      elt = ast::cast<ast::SetComp>(e)->elt;
      name = "<setcomp>";
      break;
    case K::GeneratorExp:
      gens = &ast::cast<ast::GeneratorExp>(e)->generators;
      elt = ast::cast<ast::GeneratorExp>(e)->elt;
      name = "<genexpr>";
      break;
    default: {
      auto* d = ast::cast<ast::DictComp>(e);
      gens = &d->generators;
      name = "<dictcomp>";
      if (!d->key) {
        error(e, "dict unpacking cannot be used in dict comprehension");
        return;
      }
      break;
    }
  }
  if (elt && elt->kind == K::Starred) {
    error(elt, "iterable unpacking cannot be used in comprehension");
    return;
  }
  int mark = top();
  int base = (is_temp(dst) && dst == top() - 1) ? dst : new_temp();

  push_unit(cs, name, qualname_for(name, false), e->line);
  setup_unit_registers(cs, nullptr);
  int res = -1;
  if (e->kind != K::GeneratorExp) {
    res = new_temp();
    Op build = e->kind == K::ListComp ? Op::BUILD_LIST
               : e->kind == K::SetComp ? Op::BUILD_SET
                                       : Op::BUILD_MAP;
    emit(build, res, 0, 0);
  }
  comprehension_loop(e, 0, res);
  if (e->kind == K::GeneratorExp) return_none();
  else emit(Op::RETURN, res);
  bytecode::Code* code = pop_unit();

  set_line(e);
  make_function(code, base, 0);
  int it = new_temp();
  expr_to((*gens)[0]->iter, it);
  set_line(e);
  emit((*gens)[0]->is_async ? Op::GET_AITER : Op::GET_ITER, it, it);
  emit(Op::CALL, base, 1, 0);
  // An async list/set/dict comprehension is a coroutine: its value is awaited
  // (an async generator expression is an async generator, used as is).
  if (cs->is_coroutine && e->kind != K::GeneratorExp) emit_await(base, base);
  move(dst, base);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// Generators

void Compiler::yield_expr(const ast::Expr* value, int dst) {
  int mark = top();
  int r;
  if (value) {
    r = expr_any(value);
  } else {
    r = new_temp();
    load_none(r);
  }
  emit(Op::YIELD_VALUE, dst, r, 0);
  free_temps(mark);
}

// The delegation loop: SEND runs the delegate one step; while it yields,
// its value is yielded on (YIELD_VALUE names the delegate so throw() and
// close() reach it); when it returns, the return value is the result.
void Compiler::yield_from(const ast::Expr* value, int dst) {
  int mark = top();
  int it = new_temp();
  expr_to(value, it);
  emit(Op::GET_YIELD_FROM_ITER, it, it);
  delegate_loop(it, dst);
  free_temps(mark);
}

void Compiler::delegate_loop(int it, int dst) {
  int mark = top();
  int v = new_temp();  // SEND's value register: R[it + 1]
  TR_CHECK(v == it + 1);
  load_none(v);
  Label loop = new_label(), done = new_label();
  bind(loop);
  emit_jump(Op::SEND, it, done);
  emit(Op::YIELD_VALUE, v, v, 1 + it);
  jump(loop);
  bind(done);
  move(dst, v);
  free_temps(mark);
}

// `await` is the same loop over the awaitable's iterator.
void Compiler::await_expr(const ast::Expr* value, int dst) {
  int mark = top();
  int src = expr_top(value);
  emit_await(src, dst);
  free_temps(mark);
}

void Compiler::emit_await(int src, int dst) {
  int mark = top();
  int it = new_temp();
  emit(Op::GET_AWAITABLE, it, src);
  delegate_loop(it, dst);
  free_temps(mark);
}

void Compiler::async_next(int it, int val, int region) {
  int mark = top();
  region_open(region);
  int aw = new_temp();
  emit(Op::GET_ANEXT, aw, it);
  delegate_loop(aw, val);
  region_close(region);
  free_temps(mark);
}

}  // namespace tr::compiler
