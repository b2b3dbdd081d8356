// symtable_walk.cpp — scope analysis, pass 1 (compiler/): one walk over the
// AST creates a Scope per function / lambda / comprehension / class and
// records how each uses each name; symtable.cpp then resolves them.
#include "compiler/symtable.h"
#include "syntax/syntax.h"

namespace tr::compiler {

// ---------------------------------------------------------------------------
// Pass 1: record definitions and uses

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& t, CompileError& err) : t_(t), err_(err) {}

  void module(const ast::Module* m) {
    cur_ = t_.root_ = t_.new_scope(ScopeKind::Module, "<module>", m, nullptr);
    if (m->expression) expr(m->expression);
    stmts(m->body);
  }

 private:
  void error(const ast::Node* n, std::string msg) {
    if (err_.set) return;
    err_.set = true;
    err_.msg = std::move(msg);
    if (n) {
      err_.line = n->line;
      err_.col = n->col;
      err_.end_line = n->end_line;
      err_.end_col = n->end_col;
    }
  }

  Symbol& sym(Scope* s, const std::string& name) {
    auto it = s->symbols.find(name);
    if (it != s->symbols.end()) return it->second;
    s->order.push_back(name);
    return s->symbols[name];
  }

  // Adds `flag` to `name` (mangled for the scope) in scope `s`.
  void add(Scope* s, std::string_view raw, uint32_t flag, const ast::Node* at) {
    std::string name = s->mangle(raw);
    Symbol& y = sym(s, name);
    if ((flag & kSymParam) && (y.flags & kSymParam)) {
      error(at, "duplicate argument '" + name + "' in function definition");
      return;
    }
    y.flags |= flag;
    if (flag & kSymParam) s->params.push_back(name);
    if ((flag & kSymAssigned) && comp_target_ > 0) y.flags |= kSymCompIter;
    // `global x` anywhere makes the module-level x an explicit global too.
    if ((flag & kSymGlobal) && s != t_.root_) sym(t_.root_, name).flags |= kSymGlobal;
  }
  void add(std::string_view raw, uint32_t flag, const ast::Node* at) { add(cur_, raw, flag, at); }

  uint32_t lookup(std::string_view raw) const {
    const Symbol* y = cur_->find(cur_->mangle(raw));
    return y ? y->flags : 0;
  }

  // Enters a new scope; the comprehension-iterable counter is per scope.
  Scope* enter(ScopeKind kind, std::string name, const ast::Node* node) {
    Scope* s = t_.new_scope(kind, std::move(name), node, cur_);
    saved_iter_.push_back(comp_iter_expr_);
    comp_iter_expr_ = 0;
    cur_ = s;
    return s;
  }
  void leave() {
    cur_ = cur_->parent;
    comp_iter_expr_ = saved_iter_.back();
    saved_iter_.pop_back();
  }

  // ---- statements ---------------------------------------------------------
  void stmts(const ast::AstList<ast::Stmt*>& body) {
    for (const ast::Stmt* s : body) stmt(s);
  }

  void arguments_outer(const ast::Arguments* a) {
    // Defaults and annotations are evaluated in the enclosing scope.
    for (const ast::Expr* d : a->defaults) expr(d);
    for (const ast::Expr* d : a->kw_defaults)
      if (d) expr(d);
  }
  void annotations(const ast::Arguments* a, const ast::Expr* returns) {
    auto ann = [&](const ast::Arg* arg) {
      if (arg && arg->annotation) expr(arg->annotation);
    };
    for (const ast::Arg* x : a->posonlyargs) ann(x);
    for (const ast::Arg* x : a->args) ann(x);
    ann(a->vararg);
    for (const ast::Arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
    if (returns) expr(returns);
  }
  void params(const ast::Arguments* a) {
    for (const ast::Arg* x : a->posonlyargs) add(x->arg, kSymParam, x);
    for (const ast::Arg* x : a->args) add(x->arg, kSymParam, x);
    for (const ast::Arg* x : a->kwonlyargs) add(x->arg, kSymParam, x);
    if (a->vararg) {
      add(a->vararg->arg, kSymParam, a->vararg);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      add(a->kwarg->arg, kSymParam, a->kwarg);
      cur_->has_varkw = true;
    }
  }

  void directive(const ast::Stmt* s, const ast::AstList<std::string_view>& names, bool global) {
    for (std::string_view raw : names) {
      std::string name = cur_->mangle(raw);
      uint32_t f = lookup(raw);
      const char* what = global ? "global" : "nonlocal";
      if (f & (kSymParam | kSymAssigned | kSymUsed | kSymAnnotated)) {
        std::string msg;
        if (f & kSymParam) msg = "name '" + name + "' is parameter and " + what;
        else if (f & kSymUsed) msg = "name '" + name + "' is used prior to " + what + " declaration";
        else if (f & kSymAnnotated) msg = "annotated name '" + name + "' can't be " + what;
        else msg = "name '" + name + "' is assigned to before " + what + " declaration";
        error(s, msg);
        return;
      }
      if (!global && cur_->kind == ScopeKind::Module) {
        error(s, "nonlocal declaration not allowed at module level");
        return;
      }
      add(raw, global ? kSymGlobal : kSymNonlocal, s);
      cur_->directives.emplace(name, s);
    }
  }

  void import_alias(const ast::Alias* a) {
    if (a->name == "*") {
      if (cur_->kind != ScopeKind::Module) error(a, "import * only allowed at module level");
      return;
    }
    std::string_view bind = a->asname;
    if (bind.empty()) {
      bind = a->name;
      size_t dot = bind.find('.');
      if (dot != std::string_view::npos) bind = bind.substr(0, dot);
    }
    add(bind, kSymAssigned, a);
  }

  void stmt(const ast::Stmt* s) {
    using K = ast::NodeKind;
    switch (s->kind) {
      case K::FunctionDef: {
        auto* f = ast::cast<ast::FunctionDef>(s);
        add(f->name, kSymAssigned, f);
        arguments_outer(f->args);
        annotations(f->args, f->returns);
        for (const ast::Expr* d : f->decorator_list) expr(d);
        Scope* fs = enter(ScopeKind::Function, std::string(f->name), f);
        fs->is_coroutine = f->is_async;
        params(f->args);
        stmts(f->body);
        leave();
        break;
      }
      case K::ClassDef: {
        auto* c = ast::cast<ast::ClassDef>(s);
        add(c->name, kSymAssigned, c);
        for (const ast::Expr* b : c->bases) expr(b);
        for (const ast::Keyword* k : c->keywords) expr(k->value);
        for (const ast::Expr* d : c->decorator_list) expr(d);
        Scope* cs = enter(ScopeKind::Class, std::string(c->name), c);
        cs->private_name = std::string(c->name);
        stmts(c->body);
        leave();
        break;
      }
      case K::Return: {
        auto* r = ast::cast<ast::Return>(s);
        if (r->value) expr(r->value);
        break;
      }
      case K::Delete:
        for (const ast::Expr* t : ast::cast<ast::Delete>(s)->targets) expr(t);
        break;
      case K::Assign: {
        auto* a = ast::cast<ast::Assign>(s);
        for (const ast::Expr* t : a->targets) expr(t);
        expr(a->value);
        break;
      }
      case K::AugAssign: {
        auto* a = ast::cast<ast::AugAssign>(s);
        expr(a->target);
        expr(a->value);
        break;
      }
      case K::AnnAssign: {
        auto* a = ast::cast<ast::AnnAssign>(s);
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class)
          cur_->has_annotations = true;
        if (auto* n = ast::as<ast::Name>(a->target)) {
          uint32_t f = lookup(n->id);
          if ((f & (kSymGlobal | kSymNonlocal)) && cur_ != t_.root_ && a->simple) {
            std::string name = cur_->mangle(n->id);
            error(s, (f & kSymGlobal) ? "annotated name '" + name + "' can't be global"
                                      : "annotated name '" + name + "' can't be nonlocal");
            return;
          }
          if (a->simple) add(n->id, kSymAssigned | kSymAnnotated, n);
          else if (a->value) add(n->id, kSymAssigned, n);
        } else {
          expr(a->target);
        }
        expr(a->annotation);
        if (a->value) expr(a->value);
        break;
      }
      case K::For: {
        auto* f = ast::cast<ast::For>(s);
        if (f->is_async && !cur_->is_coroutine) error(s, "'async for' outside async function");
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case K::While: {
        auto* w = ast::cast<ast::While>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case K::If: {
        auto* i = ast::cast<ast::If>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case K::With: {
        auto* w = ast::cast<ast::With>(s);
        if (w->is_async && !cur_->is_coroutine) error(s, "'async with' outside async function");
        for (const ast::WithItem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) expr(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case K::Match: {
        auto* m = ast::cast<ast::Match>(s);
        expr(m->subject);
        for (const ast::MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case K::Raise: {
        auto* r = ast::cast<ast::Raise>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case K::Try: {
        auto* t = ast::cast<ast::Try>(s);
        stmts(t->body);
        for (const ast::ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) add(h->name, kSymAssigned, h);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case K::Assert: {
        auto* a = ast::cast<ast::Assert>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case K::Import:
        for (const ast::Alias* a : ast::cast<ast::Import>(s)->names) import_alias(a);
        break;
      case K::ImportFrom:
        for (const ast::Alias* a : ast::cast<ast::ImportFrom>(s)->names) import_alias(a);
        break;
      case K::Global:
        directive(s, ast::cast<ast::Global>(s)->names, true);
        break;
      case K::Nonlocal:
        directive(s, ast::cast<ast::Nonlocal>(s)->names, false);
        break;
      case K::ExprStmt:
        expr(ast::cast<ast::ExprStmt>(s)->value);
        break;
      default:
        break;  // Pass, Break, Continue
    }
  }

  // ---- patterns -----------------------------------------------------------
  void pattern(const ast::Pattern* p) {
    using K = ast::NodeKind;
    switch (p->kind) {
      case K::MatchValue: expr(ast::cast<ast::MatchValue>(p)->value); break;
      case K::MatchSingleton: break;
      case K::MatchSequence:
        for (const ast::Pattern* q : ast::cast<ast::MatchSequence>(p)->patterns) pattern(q);
        break;
      case K::MatchMapping: {
        auto* m = ast::cast<ast::MatchMapping>(p);
        for (const ast::Expr* k : m->keys) expr(k);
        for (const ast::Pattern* q : m->patterns) pattern(q);
        if (!m->rest.empty()) add(m->rest, kSymAssigned, p);
        break;
      }
      case K::MatchClass: {
        auto* m = ast::cast<ast::MatchClass>(p);
        expr(m->cls);
        for (const ast::Pattern* q : m->patterns) pattern(q);
        for (const ast::Pattern* q : m->kwd_patterns) pattern(q);
        break;
      }
      case K::MatchStar: {
        auto* m = ast::cast<ast::MatchStar>(p);
        if (!m->name.empty()) add(m->name, kSymAssigned, p);
        break;
      }
      case K::MatchAs: {
        auto* m = ast::cast<ast::MatchAs>(p);
        if (m->pattern) pattern(m->pattern);
        if (!m->name.empty()) add(m->name, kSymAssigned, p);
        break;
      }
      case K::MatchOr:
        for (const ast::Pattern* q : ast::cast<ast::MatchOr>(p)->patterns) pattern(q);
        break;
      default:
        break;
    }
  }

  // ---- expressions --------------------------------------------------------
  void exprs(const ast::AstList<ast::Expr*>& es) {
    for (const ast::Expr* e : es) expr(e);
  }

  void comprehension(const ast::Expr* e, const char* scope_name,
                     const ast::AstList<ast::Comprehension*>& gens, const ast::Expr* elt,
                     const ast::Expr* value) {
    const ast::Comprehension* outer = gens[0];
    ++comp_iter_expr_;
    expr(outer->iter);  // evaluated in the enclosing scope
    --comp_iter_expr_;
    Scope* s = enter(ScopeKind::Comprehension, scope_name, e);
    s->comp_kind = e->kind;
    if (e->kind == ast::NodeKind::GeneratorExp) s->is_generator = true;
    if (outer->is_async) s->is_coroutine = true;
    add(".0", kSymParam, e);
    for (size_t i = 0; i < gens.size(); ++i) {
      const ast::Comprehension* g = gens[i];
      if (g->is_async) s->is_coroutine = true;
      ++comp_target_;
      expr(g->target);
      --comp_target_;
      if (i > 0) {
        ++comp_iter_expr_;
        expr(g->iter);
        --comp_iter_expr_;
      }
      exprs(g->ifs);
    }
    if (value) expr(value);
    if (elt) expr(elt);
    leave();
    // A list/set/dict comprehension that awaits is itself awaited where it
    // stands: only an async function (or a comprehension inside one) may.
    if (s->is_coroutine && e->kind != ast::NodeKind::GeneratorExp) {
      if (cur_->kind == ScopeKind::Comprehension) cur_->is_coroutine = true;
      else if (!cur_->is_coroutine)
        error(e, "asynchronous comprehension outside of an asynchronous function");
    }
  }

  // A walrus inside a comprehension binds in the nearest enclosing function
  // (or module) scope, reached from the comprehension as a free variable.
  void walrus_in_comprehension(const ast::Name* target) {
    std::string name = cur_->mangle(target->id);
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        const Symbol* y = s->find(name);
        if (y && (y->flags & kSymCompIter)) {
          error(target, "assignment expression cannot rebind comprehension iteration variable '" +
                            name + "'");
          return;
        }
        continue;
      }
      if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
        const Symbol* y = s->find(name);
        if (y && (y->flags & kSymGlobal)) add(cur_, target->id, kSymGlobal, target);
        else add(cur_, target->id, kSymNonlocal, target);
        add(s, target->id, kSymAssigned, target);
        return;
      }
      if (s->kind == ScopeKind::Module) {
        add(cur_, target->id, kSymGlobal, target);
        add(s, target->id, kSymAssigned, target);
        return;
      }
      error(target, "assignment expression within a comprehension cannot be used in a class body");
      return;
    }
  }

  void expr(const ast::Expr* e) {
    using K = ast::NodeKind;
    switch (e->kind) {
      case K::BoolOp: exprs(ast::cast<ast::BoolOp>(e)->values); break;
      case K::NamedExpr: {
        auto* n = ast::cast<ast::NamedExpr>(e);
        if (comp_iter_expr_ > 0) {
          error(e, "assignment expression cannot be used in a comprehension iterable expression");
          return;
        }
        auto* target = ast::as<ast::Name>(n->target);
        if (cur_->kind == ScopeKind::Comprehension && target) {
          walrus_in_comprehension(target);
          expr(n->value);
        } else {
          expr(n->value);
          expr(n->target);
          cur_->has_walrus = true;
        }
        break;
      }
      case K::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case K::UnaryOp: expr(ast::cast<ast::UnaryOp>(e)->operand); break;
      case K::Lambda: {
        auto* l = ast::cast<ast::Lambda>(e);
        arguments_outer(l->args);
        enter(ScopeKind::Lambda, "<lambda>", l);
        params(l->args);
        expr(l->body);
        leave();
        break;
      }
      case K::IfExp: {
        auto* i = ast::cast<ast::IfExp>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case K::Dict: {
        auto* d = ast::cast<ast::Dict>(e);
        for (const ast::Expr* k : d->keys)
          if (k) expr(k);
        exprs(d->values);
        break;
      }
      case K::Set: exprs(ast::cast<ast::Set>(e)->elts); break;
      case K::ListComp: {
        auto* c = ast::cast<ast::ListComp>(e);
        comprehension(e, "<listcomp>", c->generators, c->elt, nullptr);
        break;
      }
      case K::SetComp: {
        auto* c = ast::cast<ast::SetComp>(e);
        comprehension(e, "<setcomp>", c->generators, c->elt, nullptr);
        break;
      }
      case K::DictComp: {
        auto* c = ast::cast<ast::DictComp>(e);
        comprehension(e, "<dictcomp>", c->generators, c->key, c->value);
        break;
      }
      case K::GeneratorExp: {
        auto* c = ast::cast<ast::GeneratorExp>(e);
        comprehension(e, "<genexpr>", c->generators, c->elt, nullptr);
        break;
      }
      case K::Await: {
        auto* a = ast::cast<ast::Await>(e);
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          error(e, syntax::quote_keyword("await", e) + " outside function");
          return;
        }
        if (cur_->kind == ScopeKind::Comprehension) {
          cur_->is_coroutine = true;
        } else if (!cur_->is_coroutine) {
          error(e, syntax::quote_keyword("await", e) + " outside async function");
          return;
        }
        expr(a->value);
        break;
      }
      case K::Yield:
      case K::YieldFrom: {
        const ast::Expr* v = e->kind == K::Yield ? ast::cast<ast::Yield>(e)->value
                                                 : ast::cast<ast::YieldFrom>(e)->value;
        if (v) expr(v);
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          error(e, syntax::quote_keyword("yield", e) + " outside function");
          return;
        }
        if (cur_->kind == ScopeKind::Comprehension) {
          const char* what = "list comprehension";
          if (cur_->comp_kind == K::SetComp) what = "set comprehension";
          else if (cur_->comp_kind == K::DictComp) what = "dict comprehension";
          else if (cur_->comp_kind == K::GeneratorExp) what = "generator expression";
          error(e, syntax::quote_keyword("yield", e) + " inside " + what);
          return;
        }
        if (e->kind == K::YieldFrom && cur_->is_coroutine) {
          error(e, "'yield from' inside async function");
          return;
        }
        cur_->is_generator = true;
        break;
      }
      case K::Compare: {
        auto* c = ast::cast<ast::Compare>(e);
        expr(c->left);
        exprs(c->comparators);
        break;
      }
      case K::Call: {
        auto* c = ast::cast<ast::Call>(e);
        expr(c->func);
        exprs(c->args);
        for (const ast::Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case K::FormattedValue: {
        auto* f = ast::cast<ast::FormattedValue>(e);
        expr(f->value);
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case K::JoinedStr: exprs(ast::cast<ast::JoinedStr>(e)->values); break;
      case K::Constant: break;
      case K::Attribute: expr(ast::cast<ast::Attribute>(e)->value); break;
      case K::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        expr(s->value);
        expr(s->slice);
        break;
      }
      case K::Starred: expr(ast::cast<ast::Starred>(e)->value); break;
      case K::Name: {
        auto* n = ast::cast<ast::Name>(e);
        if (n->ctx == ast::ExprContext::Load) {
          add(n->id, kSymUsed, n);
          // super() needs the class cell: reference __class__ implicitly.
          if (cur_->is_function_like() && n->id == "super") add("__class__", kSymUsed, n);
        } else {
          add(n->id, kSymAssigned, n);
        }
        break;
      }
      case K::List: exprs(ast::cast<ast::List>(e)->elts); break;
      case K::Tuple: exprs(ast::cast<ast::Tuple>(e)->elts); break;
      case K::Slice: {
        auto* s = ast::cast<ast::Slice>(e);
        if (s->lower) expr(s->lower);
        if (s->upper) expr(s->upper);
        if (s->step) expr(s->step);
        break;
      }
      default:
        break;
    }
  }

  SymbolTable& t_;
  CompileError& err_;
  Scope* cur_ = nullptr;
  int comp_iter_expr_ = 0;   // inside a comprehension's iterable expression
  int comp_target_ = 0;      // inside a comprehension's target
  std::vector<int> saved_iter_;
};

bool walk_scopes(SymbolTable& t, const ast::Module* mod, CompileError& err) {
  SymtableBuilder b(t, err);
  b.module(mod);
  return !err.set;
}

}  // namespace tr::compiler
