// codegen_call.cpp — calls (compiler/): plain and keyword calls lay the callee
// and its arguments out in consecutive registers at the top of the
// temporaries (the callee frame is placed over them); `obj.m(...)` uses
// LOAD_METHOD/CALL_METHOD; star-args build a tuple and a dict for CALL_EX.
#include <algorithm>

#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

// CPython moves the start of a method call's source range to the attribute
// name when `.name` stands on a later line than the range's start.
SrcPos start_at_attr_name(SrcPos pos, const ast::Attribute* attr) {
  if (attr->end_line == pos.line) return pos;
  pos.line = attr->end_line;
  int len = static_cast<int>(attr->attr.size());
  pos.col = len <= attr->end_col ? attr->end_col - len : -1;
  if (pos.col < 0) pos.end_col = -1;
  pos.end_line = std::max(pos.line, pos.end_line);
  if (pos.line == pos.end_line) pos.end_col = std::max(pos.col, pos.end_col);
  return pos;
}

}  // namespace

namespace {

constexpr size_t kChunk = 32;

bool needs_call_ex(const ast::AstList<ast::Expr*>& args, const ast::AstList<ast::Keyword*>& kws) {
  for (const ast::Expr* a : args)
    if (a->kind == ast::NodeKind::Starred) return true;
  for (const ast::Keyword* k : kws)
    if (k->arg.empty()) return true;
  return false;
}

}  // namespace

bool Compiler::check_keywords(const ast::AstList<ast::Keyword*>& kws) {
  for (size_t i = 0; i < kws.size(); ++i) {
    if (kws[i]->arg.empty()) continue;
    for (size_t j = i + 1; j < kws.size(); ++j) {
      if (kws[j]->arg == kws[i]->arg) {
        error(kws[j], "keyword argument repeated: " + std::string(kws[j]->arg));
        return false;
      }
    }
  }
  return true;
}

// The kwnames constant of a call: the names of its keyword arguments.
static Value kwnames_tuple(Compiler& c, const ast::AstList<ast::Keyword*>& kws) {
  std::vector<Value> names;
  for (const ast::Keyword* k : kws) names.push_back(Value::object(str_intern(k->arg)));
  return c.const_tuple(names);
}

void Compiler::call(const ast::Call* c, int dst) {
  int mark = top();
  if (is_temp(dst) && dst == top() - 1) {
    call_at(c, dst);
    return;
  }
  int base = new_temp();
  call_at(c, base);
  move(dst, base);
  free_temps(mark);
}

void Compiler::call_at(const ast::Call* c, int base) {
  TR_CHECK(base == top() - 1);
  if (!check_keywords(c->keywords)) return;
  bool star = needs_call_ex(c->args, c->keywords);
  auto* attr = ast::as<ast::Attribute>(c->func);
  int nargs = static_cast<int>(c->args.size() + c->keywords.size());
  int kwc = c->keywords.empty() ? 0 : static_cast<int>(add_const(kwnames_tuple(*this, c->keywords))) + 1;

  if (attr && !star) {
    // Method call: R[base] = function, R[base+1] = self (or null).
    int self = new_temp();
    expr_to(attr->value, self);
    // The method lookup is reported at `obj.name`, the call over the whole
    // call; either starts at `.name` when that is on a later line.
    SrcPos lookup = start_at_attr_name({attr->line, attr->col, attr->end_line, attr->end_col}, attr);
    SrcPos line = start_at_attr_name({c->line, c->col, c->end_line, c->end_col}, attr);
    SrcPos old = set_line(lookup);
    emit(Op::LOAD_METHOD, base, self, add_name(mangle(attr->attr)));
    set_line(old);
    for (const ast::Expr* a : c->args) expr_top(a);
    for (const ast::Keyword* k : c->keywords) expr_top(k->value);
    old = set_line(line);
    emit(Op::CALL_METHOD, base, nargs, kwc);
    set_line(old);
    free_temps(base + 1);
    return;
  }

  expr_to(c->func, base);
  if (!star) {
    for (const ast::Expr* a : c->args) expr_top(a);
    for (const ast::Keyword* k : c->keywords) expr_top(k->value);
    set_line(c);
    emit(Op::CALL, base, nargs, kwc);
    free_temps(base + 1);
    return;
  }
  int pos = new_temp();
  int kw = new_temp();
  call_ex_args(c->args, c->keywords, pos, kw, base, top(), 0);
  set_line(c);
  emit(Op::CALL_EX, base);
  free_temps(base + 1);
}

// Builds R[pos] = tuple of positional arguments and R[kw] = dict of keyword
// arguments for CALL_EX. `prefix_count` values already sit in the registers
// just below the top, starting at `prefix_start`: they come first.
void Compiler::call_ex_args(const ast::AstList<ast::Expr*>& args,
                            const ast::AstList<ast::Keyword*>& kws, int pos, int kw, int callee,
                            int prefix_start, int prefix_count) {
  // ---- positional: a list, extended by *x, then made a tuple
  size_t n = args.size();
  size_t i = 0;
  bool any_star = false;
  for (const ast::Expr* a : args)
    if (a->kind == ast::NodeKind::Starred) any_star = true;
  int base = prefix_count ? prefix_start : top();
  while (i < n && args[i]->kind != ast::NodeKind::Starred && i < kChunk) expr_top(args[i++]);
  int count = prefix_count + static_cast<int>(i);
  if (!any_star && i == n) {
    emit(Op::BUILD_TUPLE, pos, base, count);
  } else {
    emit(Op::BUILD_LIST, pos, base, count);
    free_temps(base);
    int mark = top();
    for (; i < n; ++i) {
      if (auto* s = ast::as<ast::Starred>(args[i])) {
        int v = expr_any(s->value);
        emit(Op::LIST_EXTEND, pos, v);
      } else {
        int v = expr_any(args[i]);
        emit(Op::LIST_APPEND, pos, v);
      }
      free_temps(mark);
    }
    emit(Op::LIST_TO_TUPLE, pos, pos);
  }
  free_temps(base);

  // ---- keywords: runs of name=value merged with each **mapping
  int mark = top();
  size_t k = 0;
  size_t nk = kws.size();
  auto run = [&](int into) {
    int b = top();
    size_t start = k;
    while (k < nk && !kws[k]->arg.empty()) {
      int key = new_temp();
      load_const(key, Value::object(str_intern(kws[k]->arg)));
      expr_top(kws[k]->value);
      ++k;
    }
    emit(Op::BUILD_MAP, into, b, static_cast<int>(k - start));
    free_temps(b);
  };
  run(kw);  // possibly empty: CALL_EX always gets a dict
  while (k < nk) {
    if (kws[k]->arg.empty()) {
      int v = expr_any(kws[k]->value);
      set_line(kws[k]->value);
      emit(Op::DICT_MERGE, kw, v, callee);
      ++k;
    } else {
      int t = new_temp();
      run(t);
      emit(Op::DICT_MERGE, kw, t, callee);
    }
    free_temps(mark);
  }
}

}  // namespace tr::compiler
