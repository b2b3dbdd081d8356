// codegen_try.cpp — exception handling in codegen (compiler/): try / except /
// else / finally and `with` on the zero-cost exception table, and the
// unwinding that return / break / continue do through those statements.
//
// Handler protocol (opcodes.def): the table sends an exception to R[reg] at
// the handler; PUSH_EXC_INFO makes it the exception being handled and saves
// the previous one in `prev`; every normal way out of the handler does
// POP_EXCEPT prev; a cleanup handler around the handler body does the same
// for exceptions escaping it, then RERAISEs.
#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

// `name = None; del name` — what leaving `except E as name:` does.
void unbind_name(Compiler& c, std::string_view name) {
  int mark = c.top();
  int t = c.new_temp();
  c.load_none(t);
  c.store_name(name, t);
  c.delete_name(name);
  c.free_temps(mark);
}

// exit(None, None, None) for a with statement left normally (awaited for
// `async with`).
void call_exit_none(Compiler& c, int exit_reg, bool is_async) {
  int mark = c.top();
  int t = c.new_temp();
  c.move(t, exit_reg);
  for (int i = 0; i < 3; ++i) c.load_none(c.new_temp());
  c.emit(Op::CALL, t, 3, 0);
  if (is_async) c.emit_await(t, t);
  c.free_temps(mark);
}

}  // namespace

// ---------------------------------------------------------------------------
// try

void Compiler::try_stmt(const ast::Try* s) {
  if (!s->finalbody.empty()) try_finally(s);
  else if (s->is_star) try_except_star(s);
  else try_except(s);
}

// The skeleton try/except and try/except* share: the protected body and
// `else`, then the handler entry that makes the exception the one being
// handled, inside a cleanup region that restores the previous one for
// anything escaping the handlers.
Compiler::ExceptSkeleton Compiler::except_begin(const ast::Try* s) {
  ExceptSkeleton k;
  k.mark = top();
  Label handler = new_label();
  k.end = new_label();
  int ereg = top();
  int region = new_region(handler, ereg);
  Assigned entry = state();
  region_open(region);
  Block b{BlockKind::TryExcept};
  b.region = region;
  u().blocks.push_back(b);
  stmts(s->body);
  u().blocks.pop_back();
  region_finish(region);
  stmts(s->orelse);
  k.end_state = state();
  if (!k.end_state.unreachable) jump(k.end);

  bind(handler);
  set_state(entry);
  forget_deleted(s->body);
  k.at_handler = state();
  free_temps(k.mark);
  k.e = new_temp();
  TR_CHECK(k.e == ereg);
  k.prev = new_temp();
  k.cleanup = new_label();
  k.creg = top();
  k.cregion = new_region(k.cleanup, k.creg);
  if (!s->handlers.empty()) set_line(s->handlers[0]);
  emit(Op::PUSH_EXC_INFO, k.e, k.prev);
  region_open(k.cregion);
  Block hb{BlockKind::HandlerCleanup};
  hb.region = k.cregion;
  hb.reg = k.prev;
  u().blocks.push_back(hb);
  return k;
}

// After the handlers: the cleanup that restores the previous exception and
// raises on, then the join point.
void Compiler::except_end(ExceptSkeleton& k) {
  u().blocks.pop_back();
  region_finish(k.cregion);
  bind(k.cleanup);
  free_temps(k.creg);
  int c = new_temp();
  TR_CHECK(c == k.creg);
  emit(Op::POP_EXCEPT, k.prev);
  emit(Op::RERAISE, c);
  bind(k.end);
  set_state(k.end_state);
  free_temps(k.mark);
}

void Compiler::try_except(const ast::Try* s) {
  ExceptSkeleton k = except_begin(s);
  int e = k.e, prev = k.prev;
  Label end = k.end;
  Assigned& end_state = k.end_state;
  const Assigned& at_handler = k.at_handler;
  for (const ast::ExceptHandler* h : s->handlers) {
    if (failed()) break;
    set_state(at_handler);
    set_line(h);
    Label next = new_label();
    if (h->type) {
      int hm = top();
      int t = expr_any(h->type);
      int m = new_temp();
      set_line(h);
      emit(Op::CHECK_EXC_MATCH, m, e, t);
      emit_jump(Op::JUMP_IF_FALSE, m, next);
      free_temps(hm);
    }
    if (!h->name.empty()) {
      store_name(h->name, e);
      Label ncleanup = new_label();
      int nreg = top();
      int nregion = new_region(ncleanup, nreg);
      region_open(nregion);
      Block nb{BlockKind::NamedHandler};
      nb.region = nregion;
      nb.name = h->name;
      u().blocks.push_back(nb);
      stmts(h->body);
      u().blocks.pop_back();
      region_finish(nregion);
      if (!state().unreachable) {
        emit(Op::POP_EXCEPT, prev);
        unbind_name(*this, h->name);
        jump(end);
        end_state.meet(state());
      }
      // An exception escaping the body still unbinds the name.
      bind(ncleanup);
      int nr = new_temp();
      TR_CHECK(nr == nreg);
      unbind_name(*this, h->name);
      emit(Op::RERAISE, nr);
      free_temps(nreg);
    } else {
      stmts(h->body);
      if (!state().unreachable) {
        emit(Op::POP_EXCEPT, prev);
        jump(end);
        end_state.meet(state());
      }
    }
    bind(next);
  }
  // No handler matched: the cleanup below restores the previous exception.
  emit(Op::RERAISE, e);
  except_end(k);
}

// try / except* (PEP 654). The exception (a group, or a naked exception)
// is taken apart clause by clause: CHECK_EG_MATCH splits what is still
// unhandled into the part a clause's types match and the rest; the clause
// body runs with that part as the exception being handled, and whatever it
// raises is collected. PREP_RERAISE_STAR then decides what leaves the
// statement: nothing, the unhandled rest, re-raised parts in the original
// group's shape, and new exceptions, grouped as CPython groups them.
void Compiler::try_except_star(const ast::Try* s) {
  ExceptSkeleton k = except_begin(s);
  int e = k.e, prev = k.prev;
  Label end = k.end;
  Assigned& end_state = k.end_state;
  const Assigned& at_handler = k.at_handler;
  int rest = new_temp();
  int raised = new_temp();
  move(rest, e);
  emit(Op::BUILD_LIST, raised, 0, 0);
  for (const ast::ExceptHandler* h : s->handlers) {
    if (failed()) break;
    set_state(at_handler);
    set_line(h);
    Label next = new_label(), run = new_label();
    int hm = top();
    int t = expr_any(h->type);
    int m = new_temp();
    set_line(h);
    emit(Op::CHECK_EG_MATCH, m, rest, t);
    emit_jump(Op::JUMP_IF_NOT_NONE, m, run);
    jump(next);
    bind(run);
    // The matched part is the exception being handled inside the clause.
    int saved = new_temp();
    emit(Op::PUSH_EXC_INFO, m, saved);
    if (!h->name.empty()) store_name(h->name, m);
    Label caught = new_label();
    int xreg = top();
    int xregion = new_region(caught, xreg);
    region_open(xregion);
    Block sb{BlockKind::StarHandler};
    sb.region = xregion;
    u().blocks.push_back(sb);
    stmts(h->body);
    u().blocks.pop_back();
    region_finish(xregion);
    if (!state().unreachable) {
      emit(Op::POP_EXCEPT, saved);
      if (!h->name.empty()) unbind_name(*this, h->name);
      jump(next);
    }
    // Whatever the clause raises is collected, not propagated yet.
    bind(caught);
    free_temps(xreg);
    int x = new_temp();
    TR_CHECK(x == xreg);
    emit(Op::POP_EXCEPT, saved);
    if (!h->name.empty()) unbind_name(*this, h->name);
    emit(Op::LIST_APPEND, raised, x);
    free_temps(hm);
    bind(next);
  }
  set_state(at_handler);
  emit(Op::LIST_APPEND, raised, rest);
  int result = new_temp();
  emit(Op::PREP_RERAISE_STAR, result, e, raised);
  Label reraise = new_label();
  emit_jump(Op::JUMP_IF_NOT_NONE, result, reraise);
  emit(Op::POP_EXCEPT, prev);
  jump(end);
  end_state.meet(state());
  bind(reraise);
  emit(Op::POP_EXCEPT, prev);
  emit(Op::RERAISE, result);
  except_end(k);
}

void Compiler::try_finally(const ast::Try* s) {
  int mark = top();
  Label handler = new_label(), end = new_label();
  int ereg = top();
  int region = new_region(handler, ereg);
  Assigned entry = state();
  region_open(region);
  Block b{BlockKind::TryFinally};
  b.region = region;
  b.finalbody = &s->finalbody;
  u().blocks.push_back(b);
  if (!s->handlers.empty()) {
    if (s->is_star) try_except_star(s);
    else try_except(s);
  } else {
    stmts(s->body);
  }
  u().blocks.pop_back();
  region_finish(region);

  // ---- normal path: the finally body inline
  stmts(s->finalbody);
  Assigned after = state();
  if (!after.unreachable) jump(end);

  // ---- exceptional path: run the body with the exception handled, re-raise
  bind(handler);
  set_state(entry);
  forget_deleted(s->body);
  for (const ast::ExceptHandler* h : s->handlers) {
    ast::AstList<ast::Stmt*> body = h->body;
    forget_deleted(body);
    if (!h->name.empty() && local_reg(h->name) >= 0) set_assigned(local_reg(h->name), false);
  }
  forget_deleted(s->orelse);
  free_temps(mark);
  int e = new_temp();
  TR_CHECK(e == ereg);
  int prev = new_temp();
  Label cleanup = new_label();
  int creg = top();
  int cregion = new_region(cleanup, creg);
  if (!s->finalbody.empty()) set_line(s->finalbody[0]);
  emit(Op::PUSH_EXC_INFO, e, prev);
  region_open(cregion);
  Block hb{BlockKind::HandlerCleanup};
  hb.region = cregion;
  hb.reg = prev;
  u().blocks.push_back(hb);
  stmts(s->finalbody);
  u().blocks.pop_back();
  region_finish(cregion);
  if (!state().unreachable) {
    emit(Op::POP_EXCEPT, prev);
    emit(Op::RERAISE, e);
  }
  bind(cleanup);
  free_temps(creg);
  int c = new_temp();
  TR_CHECK(c == creg);
  emit(Op::POP_EXCEPT, prev);
  emit(Op::RERAISE, c);
  bind(end);
  set_state(after);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// with

void Compiler::with_stmt(const ast::With* s, size_t i) {
  const ast::WithItem* item = s->items[i];
  int mark = top();
  int ctx = new_temp();
  expr_to(item->context_expr, ctx);
  int val = new_temp();
  set_line(s);
  if (s->is_async) {
    emit(Op::BEFORE_ASYNC_WITH, ctx, ctx);  // R[ctx] = bound __aexit__, R[val] = __aenter__()
    emit_await(val, val);
  } else {
    emit(Op::BEFORE_WITH, ctx, ctx);  // R[ctx] = bound __exit__, R[val] = __enter__()
  }
  Label handler = new_label(), end = new_label();
  int region = new_region(handler, val);
  Assigned entry = state();
  region_open(region);
  if (item->optional_vars) store_to(item->optional_vars, val);
  free_temps(val);
  Block b{BlockKind::With};
  b.region = region;
  b.reg = ctx;
  b.is_async = s->is_async;
  u().blocks.push_back(b);
  if (i + 1 < s->items.size()) with_stmt(s, i + 1);
  else stmts(s->body);
  u().blocks.pop_back();
  region_finish(region);
  Assigned after_body = state();
  set_line(s);
  if (!after_body.unreachable) {
    call_exit_none(*this, ctx, s->is_async);
    jump(end);
  }

  // ---- exceptional exit: __exit__(type, exc, tb) decides
  bind(handler);
  set_state(entry);
  forget_deleted(s->body);
  Assigned swallowed = state();
  free_temps(val);
  int e = new_temp();
  TR_CHECK(e == val);
  int prev = new_temp();
  Label cleanup = new_label(), swallow = new_label();
  int creg = top();
  int cregion = new_region(cleanup, creg);
  emit(Op::PUSH_EXC_INFO, e, prev);
  region_open(cregion);
  int r = new_temp();
  emit(Op::WITH_EXCEPT_START, r, ctx, e);
  if (s->is_async) emit_await(r, r);
  emit_jump(Op::JUMP_IF_TRUE, r, swallow);
  emit(Op::RERAISE, e);
  region_finish(cregion);
  bind(swallow);
  emit(Op::POP_EXCEPT, prev);
  jump(end);
  bind(cleanup);
  free_temps(creg);
  int c = new_temp();
  TR_CHECK(c == creg);
  emit(Op::POP_EXCEPT, prev);
  emit(Op::RERAISE, c);
  bind(end);
  set_state(after_body);
  u().assigned.meet(swallowed);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// Unwinding for return / break / continue

std::vector<int> Compiler::unwind(bool to_loop) {
  std::vector<int> suspended;
  for (int i = static_cast<int>(u().blocks.size()) - 1; i >= 0; --i) {
    Block b = u().blocks[i];  // a copy: compiling a finally body edits the stack
    if (b.kind == BlockKind::Loop) {
      if (to_loop) break;
      if (b.owned_iter >= 0) {  // return: the loop's iterator is dropped
        region_close(b.region);
        suspended.push_back(b.region);
        emit(Op::CLOSE_ITER, b.owned_iter);
      }
      continue;
    }
    if (b.region >= 0) {
      region_close(b.region);
      suspended.push_back(b.region);
    }
    switch (b.kind) {
      case BlockKind::TryFinally: {
        // The finally body runs as if this statement and everything inside
        // it were already left: a return in it unwinds only what is outside.
        std::vector<Block> inner(u().blocks.begin() + i, u().blocks.end());
        u().blocks.resize(i);
        stmts(*b.finalbody);
        u().blocks.insert(u().blocks.end(), inner.begin(), inner.end());
        break;
      }
      case BlockKind::HandlerCleanup: emit(Op::POP_EXCEPT, b.reg); break;
      case BlockKind::NamedHandler: unbind_name(*this, b.name); break;
      case BlockKind::With: call_exit_none(*this, b.reg, b.is_async); break;
      default: break;
    }
  }
  return suspended;
}

void Compiler::resume(const std::vector<int>& regions) {
  for (int r : regions) region_open(r);
}

}  // namespace tr::compiler
