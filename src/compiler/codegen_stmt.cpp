// codegen_stmt.cpp — simple and control-flow statements (compiler/): the
// statement dispatcher, if / while / for with else, break / continue /
// return (through the unwinding in codegen_try.cpp), raise, assert, imports
// and expression statements.
#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

void Compiler::stmts(const ast::AstList<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) {
    if (failed()) return;
    stmt(s);
  }
}

void Compiler::stmt(const ast::Stmt* s) {
  using K = ast::NodeKind;
  SrcPos old_line = set_line(s);
  int mark = top();
  switch (s->kind) {
    case K::FunctionDef: function_def(ast::cast<ast::FunctionDef>(s)); break;
    case K::ClassDef: class_def(ast::cast<ast::ClassDef>(s)); break;
    case K::Return: return_stmt(ast::cast<ast::Return>(s)); break;
    case K::Delete:
      for (const ast::Expr* t : ast::cast<ast::Delete>(s)->targets) delete_target(t);
      break;
    case K::Assign: assign(ast::cast<ast::Assign>(s)); break;
    case K::AugAssign: aug_assign(ast::cast<ast::AugAssign>(s)); break;
    case K::AnnAssign: ann_assign(ast::cast<ast::AnnAssign>(s)); break;
    case K::For: for_stmt(ast::cast<ast::For>(s)); break;
    case K::While: while_stmt(ast::cast<ast::While>(s)); break;
    case K::If: if_stmt(ast::cast<ast::If>(s)); break;
    case K::With: with_stmt(ast::cast<ast::With>(s), 0); break;
    case K::Match: match_stmt(ast::cast<ast::Match>(s)); break;
    case K::Raise: raise_stmt(ast::cast<ast::Raise>(s)); break;
    case K::Try: try_stmt(ast::cast<ast::Try>(s)); break;
    case K::Assert: assert_stmt(ast::cast<ast::Assert>(s)); break;
    case K::Import: import_stmt(ast::cast<ast::Import>(s)); break;
    case K::ImportFrom: import_from(ast::cast<ast::ImportFrom>(s)); break;
    case K::ExprStmt: expr_stmt(ast::cast<ast::ExprStmt>(s)); break;
    case K::Break: break_continue(s, true); break;
    case K::Continue: break_continue(s, false); break;
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
      break;
    default:
      TR_UNREACHABLE();
  }
  free_temps(mark);
  set_line(old_line);
}

void Compiler::expr_stmt(const ast::ExprStmt* s) {
  if (print_exprs_ && units_.size() == 1) {
    int r = expr_any(s->value);
    emit(Op::PRINT_EXPR, r);
    return;
  }
  expr_discard(s->value);
}

// ---------------------------------------------------------------------------
// if / while / for

void Compiler::if_stmt(const ast::If* s) {
  Label orelse = new_label(), end = new_label();
  jump_if(s->test, false, orelse);
  Assigned at_test = state();
  stmts(s->body);
  Assigned after_body = state();
  if (!s->orelse.empty()) {
    if (!after_body.unreachable) jump(end);
    bind(orelse);
    set_state(at_test);
    stmts(s->orelse);
    bind(end);
  } else {
    bind(orelse);
    bind(end);
    set_state(at_test);
  }
  u().assigned.meet(after_body);
}

Assigned Compiler::loop_body(const ast::AstList<ast::Stmt*>& body, Label head, Label exit,
                             const ast::Node* stmt, int region, int owned_iter) {
  Block b{BlockKind::Loop};
  b.region = region;
  b.owned_iter = owned_iter;
  b.brk = exit;
  b.cont = head;
  b.break_state.unreachable = true;
  u().blocks.push_back(b);
  stmts(body);
  if (stmt) set_line(stmt);
  jump(head);
  Assigned breaks = u().blocks.back().break_state;
  u().blocks.pop_back();
  return breaks;
}

void Compiler::while_stmt(const ast::While* s) {
  Label head = new_label(), orelse = new_label(), exit = new_label();
  forget_deleted(s->body);
  Value k = fold(s->test);
  bool always = !k.is_null() && truthy(k) == 1;
  bind(head);
  jump_if(s->test, false, orelse);
  Assigned at_test = state();
  Assigned breaks = loop_body(s->body, head, exit, nullptr);
  bind(orelse);
  set_state(at_test);
  if (always) mark_unreachable();
  stmts(s->orelse);
  bind(exit);
  u().assigned.meet(breaks);
}

void Compiler::for_stmt(const ast::For* s) {
  if (s->is_async) {
    async_for_stmt(s);
    return;
  }
  int mark = top();
  int it = new_temp();
  int src = operand(s->iter, it);
  // An iterator made by a call (`for x in gen():`) is referenced by the loop
  // alone; CPython frees it, closing a generator, the moment the loop is
  // left, so its `finally` blocks run then. Break, return and exceptions
  // leaving the loop close it here too.
  bool owns = s->iter->kind == ast::NodeKind::Call ||
              s->iter->kind == ast::NodeKind::GeneratorExp;
  set_line(s);
  emit(owns ? Op::GET_ITER_OWNED : Op::GET_ITER, it, src);
  free_temps(it + 1);
  int val = new_temp();
  TR_CHECK(val == it + 1);
  Label head = new_label(), orelse = new_label(), exit = new_label();
  Label close_handler = new_label();
  int region = owns ? new_region(close_handler, val) : -1;
  forget_deleted(s->body);
  Assigned at_head = state();
  if (owns) region_open(region);
  bind(head);
  set_line(s);
  emit_jump(Op::FOR_ITER, it, orelse);
  store_to(s->target, val);
  free_temps(val);  // rewritten by each FOR_ITER: the body may use it
  Assigned breaks = loop_body(s->body, head, exit, s, region, owns ? it : -1);
  if (owns) {
    // An exception leaving the loop: close the iterator, raise on.
    region_finish(region);
    bind(close_handler);
    emit(Op::CLOSE_ITER, it);
    emit(Op::RERAISE, val);
  }
  bind(orelse);
  set_state(at_head);
  free_temps(mark);
  stmts(s->orelse);
  bind(exit);
  u().assigned.meet(breaks);
}

// async for: __aiter__ once, then each step awaits __anext__() inside a
// region whose handler ends the loop on StopAsyncIteration.
void Compiler::async_for_stmt(const ast::For* s) {
  int mark = top();
  int it = new_temp();
  int src = operand(s->iter, it);
  set_line(s);
  emit(Op::GET_AITER, it, src);
  free_temps(it + 1);
  int val = new_temp();
  TR_CHECK(val == it + 1);
  Label head = new_label(), stop = new_label(), exit = new_label();
  int region = new_region(stop, val);
  forget_deleted(s->body);
  Assigned at_head = state();
  bind(head);
  set_line(s);
  async_next(it, val, region);
  store_to(s->target, val);
  free_temps(val);
  Assigned breaks = loop_body(s->body, head, exit, s);
  region_finish(region);
  bind(stop);
  set_state(at_head);
  emit(Op::END_ASYNC_FOR, val);
  free_temps(mark);
  stmts(s->orelse);
  bind(exit);
  u().assigned.meet(breaks);
}

// ---------------------------------------------------------------------------
// break / continue / return

void Compiler::break_continue(const ast::Stmt* s, bool is_break) {
  int loop = -1;
  for (int i = static_cast<int>(u().blocks.size()) - 1; i >= 0; --i) {
    if (u().blocks[i].kind == BlockKind::StarHandler) {
      error(s, "'break', 'continue' and 'return' cannot appear in an except* block");
      return;
    }
    if (u().blocks[i].kind == BlockKind::Loop) {
      loop = i;
      break;
    }
  }
  if (loop < 0) {
    error(s, is_break ? syntax::quote_keyword("break", s) + " outside loop"
                      : syntax::quote_keyword("continue", s) + " not properly in loop");
    return;
  }
  std::vector<int> suspended = unwind(true);
  Block& lb = u().blocks[loop];
  if (is_break) {
    if (lb.owned_iter >= 0) {
      region_close(lb.region);
      suspended.push_back(lb.region);
      emit(Op::CLOSE_ITER, lb.owned_iter);
    }
    lb.break_state.meet(state());
    jump(lb.brk);
  } else {
    jump(lb.cont);
  }
  resume(suspended);
  mark_unreachable();
}

void Compiler::return_stmt(const ast::Return* s) {
  if (!in_function()) {
    error(s, syntax::quote_keyword("return", s) + " outside function");
    return;
  }
  for (const Block& b : u().blocks) {
    if (b.kind == BlockKind::StarHandler) {
      // CPython has compiled the value by then and reports its position.
      const ast::Node* at = s->value ? static_cast<const ast::Node*>(s->value) : s;
      error(at, "'break', 'continue' and 'return' cannot appear in an except* block");
      return;
    }
  }
  if (s->value && u().scope->is_coroutine && u().scope->is_generator) {
    error(s, syntax::quote_keyword("return", s) + " with value in async generator");
    return;
  }
  // The value is computed before any finally body, __exit__ call or
  // `except ... as name` unbinding runs, and must survive them: copy it.
  bool runs_code = false;
  for (const Block& b : u().blocks)
    if (b.kind == BlockKind::TryFinally || b.kind == BlockKind::With ||
        b.kind == BlockKind::NamedHandler)
      runs_code = true;
  int r;
  if (s->value) {
    r = runs_code ? expr_top(s->value) : expr_any(s->value);
  } else {
    r = -1;
  }
  std::vector<int> suspended = unwind(false);
  set_line(s);
  if (r < 0) {
    r = new_temp();
    load_none(r);
  }
  emit(Op::RETURN, r);
  resume(suspended);
  mark_unreachable();
}

void Compiler::return_none() {
  int mark = top();
  int r = new_temp();
  load_none(r);
  emit(Op::RETURN, r);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// raise / assert

void Compiler::raise_stmt(const ast::Raise* s) {
  if (!s->exc) {
    emit(Op::RAISE, 0, 0, 0);
  } else {
    int e = expr_any(s->exc);
    if (s->cause) {
      int c = expr_any(s->cause);
      set_line(s);
      emit(Op::RAISE, e, c, 2);
    } else {
      set_line(s);
      emit(Op::RAISE, e, 0, 1);
    }
  }
  mark_unreachable();
}

void Compiler::assert_stmt(const ast::Assert* s) {
  Label ok = new_label();
  jump_if(s->test, true, ok);
  Assigned after_test = state();
  int t = new_temp();
  // CPython 3.11 places the raise at the comparison that failed (the first
  // one of an `and`/`or`), else at the statement; tracebacks underline it.
  const ast::Node* at = s;
  if (s->test->kind == ast::NodeKind::Compare) {
    at = s->test;
  } else if (auto* b = ast::as<ast::BoolOp>(s->test)) {
    for (const ast::Expr* v : b->values)
      if (v->kind == ast::NodeKind::Compare) {
        at = v;
        break;
      }
  }
  set_line(at);
  emit(Op::LOAD_ASSERTION_ERROR, t);
  if (s->msg) {
    expr_top(s->msg);
    set_line(at);
    emit(Op::CALL, t, 1, 0);
  }
  emit(Op::RAISE, t, 0, 1);
  bind(ok);
  set_state(after_test);
}

// ---------------------------------------------------------------------------
// imports

void Compiler::import_stmt(const ast::Import* s) {
  for (const ast::Alias* a : s->names) {
    int mark = top();
    int t = new_temp();
    load_none(t);
    set_line(s);  // CPython reports imports at the statement
    emit(Op::IMPORT_NAME, t, add_name(a->name), 0);
    if (!a->asname.empty()) {
      // `import a.b.c as d` binds the submodule: walk down from the top package.
      std::string_view rest = a->name;
      size_t dot = rest.find('.');
      while (dot != std::string_view::npos) {
        rest = rest.substr(dot + 1);
        dot = rest.find('.');
        emit(Op::IMPORT_FROM, t, t, add_name(rest.substr(0, dot)));
      }
      store_name(a->asname, t);
    } else {
      std::string_view first = a->name.substr(0, a->name.find('.'));
      store_name(first, t);
    }
    free_temps(mark);
  }
}

void Compiler::import_from(const ast::ImportFrom* s) {
  if (s->module == "__future__" && s->level == 0 && s->line > future_lineno_) {
    error(s, "from __future__ imports must occur at the beginning of the file");
    return;
  }
  int t = new_temp();
  std::vector<Value> names;
  for (const ast::Alias* a : s->names) names.push_back(Value::object(str_intern(a->name)));
  load_const(t, const_tuple(names));
  emit(Op::IMPORT_NAME, t, add_name(s->module), s->level);
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    emit(Op::IMPORT_STAR, t);
    return;
  }
  for (const ast::Alias* a : s->names) {
    int mark = top();
    int v = new_temp();
    set_line(s);  // CPython reports imports at the statement
    emit(Op::IMPORT_FROM, v, t, add_name(a->name));
    store_name(a->asname.empty() ? a->name : a->asname, v);
    free_temps(mark);
  }
}

}  // namespace tr::compiler
