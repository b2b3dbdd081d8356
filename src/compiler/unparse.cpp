// unparse.cpp — expressions back to source text (compiler/), as CPython's
// ast_unparse does it: under `from __future__ import annotations` every
// annotation is stored as this string instead of being evaluated.
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

// Binding strength, loosest first (CPython's PR_* levels).
enum Prec : int {
  kTuple,
  kTest,  // if-else, lambda
  kOr,
  kAnd,
  kNot,
  kCmp,
  kBor,
  kBxor,
  kBand,
  kShift,
  kArith,
  kTerm,
  kFactor,
  kPower,
  kAwait,
  kAtom,
};

int binop_prec(ast::BinOpKind k) {
  using B = ast::BinOpKind;
  switch (k) {
    case B::Add:
    case B::Sub: return kArith;
    case B::Mult:
    case B::MatMult:
    case B::Div:
    case B::Mod:
    case B::FloorDiv: return kTerm;
    case B::LShift:
    case B::RShift: return kShift;
    case B::BitOr: return kBor;
    case B::BitXor: return kBxor;
    case B::BitAnd: return kBand;
    case B::Pow: return kPower;
  }
  return kArith;
}

class Unparser {
 public:
  explicit Unparser(Compiler& c) : c_(c) {}

  void expr(const ast::Expr* e, int level) {
    using K = ast::NodeKind;
    switch (e->kind) {
      case K::BoolOp: {
        auto* b = ast::cast<ast::BoolOp>(e);
        int pr = b->op == ast::BoolOpKind::And ? kAnd : kOr;
        open(level > pr);
        for (size_t i = 0; i < b->values.size(); ++i) {
          if (i) out_ += b->op == ast::BoolOpKind::And ? " and " : " or ";
          expr(b->values[i], pr + 1);
        }
        close(level > pr);
        break;
      }
      case K::NamedExpr: {
        auto* n = ast::cast<ast::NamedExpr>(e);
        open(level > kTuple);
        expr(n->target, kAtom);
        out_ += " := ";
        expr(n->value, kAtom);
        close(level > kTuple);
        break;
      }
      case K::BinOp: {
        auto* b = ast::cast<ast::BinOp>(e);
        int pr = binop_prec(b->op);
        int rassoc = b->op == ast::BinOpKind::Pow;
        open(level > pr);
        expr(b->left, pr + rassoc);
        out_ += ' ';
        out_ += ast::bin_op_symbol(b->op);
        out_ += ' ';
        expr(b->right, pr + !rassoc);
        close(level > pr);
        break;
      }
      case K::UnaryOp: {
        auto* u = ast::cast<ast::UnaryOp>(e);
        bool is_not = u->op == ast::UnaryOpKind::Not;
        int pr = is_not ? kNot : kFactor;
        open(level > pr);
        out_ += is_not ? "not " : u->op == ast::UnaryOpKind::USub ? "-"
                                : u->op == ast::UnaryOpKind::UAdd ? "+"
                                                                  : "~";
        expr(u->operand, pr);
        close(level > pr);
        break;
      }
      case K::Lambda: {
        auto* l = ast::cast<ast::Lambda>(e);
        open(level > kTest);
        size_t mark = out_.size();
        out_ += "lambda ";
        arguments(l->args);
        if (out_.size() == mark + 7) out_.pop_back();  // `lambda: x`
        out_ += ": ";
        expr(l->body, kTest);
        close(level > kTest);
        break;
      }
      case K::IfExp: {
        auto* i = ast::cast<ast::IfExp>(e);
        open(level > kTest);
        expr(i->body, kTest + 1);
        out_ += " if ";
        expr(i->test, kTest + 1);
        out_ += " else ";
        expr(i->orelse, kTest);
        close(level > kTest);
        break;
      }
      case K::Dict: {
        auto* d = ast::cast<ast::Dict>(e);
        out_ += '{';
        for (size_t i = 0; i < d->values.size(); ++i) {
          if (i) out_ += ", ";
          if (d->keys[i]) {
            expr(d->keys[i], kTest);
            out_ += ": ";
            expr(d->values[i], kTest);
          } else {
            out_ += "**";
            expr(d->values[i], kBor);
          }
        }
        out_ += '}';
        break;
      }
      case K::Set: {
        auto* s = ast::cast<ast::Set>(e);
        if (s->elts.empty()) {
          out_ += "{*()}";
          break;
        }
        out_ += '{';
        items(s->elts);
        out_ += '}';
        break;
      }
      case K::ListComp: {
        auto* c = ast::cast<ast::ListComp>(e);
        out_ += '[';
        expr(c->elt, kTest);
        generators(c->generators);
        out_ += ']';
        break;
      }
      case K::SetComp: {
        auto* c = ast::cast<ast::SetComp>(e);
        out_ += '{';
        expr(c->elt, kTest);
        generators(c->generators);
        out_ += '}';
        break;
      }
      case K::DictComp: {
        auto* c = ast::cast<ast::DictComp>(e);
        out_ += '{';
        expr(c->key, kTest);
        out_ += ": ";
        expr(c->value, kTest);
        generators(c->generators);
        out_ += '}';
        break;
      }
      case K::GeneratorExp: {
        auto* c = ast::cast<ast::GeneratorExp>(e);
        out_ += '(';
        expr(c->elt, kTest);
        generators(c->generators);
        out_ += ')';
        break;
      }
      case K::Await: {
        open(level > kAwait);
        out_ += "await ";
        expr(ast::cast<ast::Await>(e)->value, kAtom);
        close(level > kAwait);
        break;
      }
      case K::Yield: {
        auto* y = ast::cast<ast::Yield>(e);
        out_ += y->value ? "(yield " : "(yield";
        if (y->value) expr(y->value, kTest);
        out_ += ')';
        break;
      }
      case K::YieldFrom: {
        out_ += "(yield from ";
        expr(ast::cast<ast::YieldFrom>(e)->value, kTest);
        out_ += ')';
        break;
      }
      case K::Compare: {
        auto* c = ast::cast<ast::Compare>(e);
        open(level > kCmp);
        expr(c->left, kCmp + 1);
        for (size_t i = 0; i < c->ops.size(); ++i) {
          out_ += ' ';
          out_ += ast::cmp_op_symbol(c->ops[i]);
          out_ += ' ';
          expr(c->comparators[i], kCmp + 1);
        }
        close(level > kCmp);
        break;
      }
      case K::Call: {
        auto* c = ast::cast<ast::Call>(e);
        expr(c->func, kAtom);
        if (c->args.size() == 1 && c->keywords.empty() &&
            c->args[0]->kind == K::GeneratorExp) {
          expr(c->args[0], kTest);  // f(x for x in y): its own parentheses
          break;
        }
        out_ += '(';
        bool first = true;
        for (const ast::Expr* a : c->args) {
          if (!first) out_ += ", ";
          first = false;
          expr(a, kTest);
        }
        for (const ast::Keyword* k : c->keywords) {
          if (!first) out_ += ", ";
          first = false;
          if (k->arg.empty()) {
            out_ += "**";
          } else {
            out_ += k->arg;
            out_ += '=';
          }
          expr(k->value, kTest);
        }
        out_ += ')';
        break;
      }
      case K::FormattedValue:
      case K::JoinedStr: {
        std::string body;
        fstring_body(e, body);
        out_ += 'f';
        out_ += repr_utf8(Value::object(str_new(body)));
        break;
      }
      case K::Constant: constant(ast::cast<ast::Constant>(e)); break;
      case K::Attribute: {
        auto* a = ast::cast<ast::Attribute>(e);
        expr(a->value, kAtom);
        // `1 .real`: a space keeps the dot from reading as a decimal point.
        auto* k = ast::as<ast::Constant>(a->value);
        if (k && k->value_kind == ast::ConstantKind::Int) out_ += ' ';
        out_ += '.';
        out_ += a->attr;
        break;
      }
      case K::Subscript: {
        auto* s = ast::cast<ast::Subscript>(e);
        expr(s->value, kAtom);
        out_ += '[';
        auto* t = ast::as<ast::Tuple>(s->slice);
        if (t && !t->elts.empty()) {
          items(t->elts);
          if (t->elts.size() == 1) out_ += ',';
        } else {
          expr(s->slice, kTuple);
        }
        out_ += ']';
        break;
      }
      case K::Starred:
        out_ += '*';
        expr(ast::cast<ast::Starred>(e)->value, kBor);
        break;
      case K::Name: out_ += ast::cast<ast::Name>(e)->id; break;
      case K::List:
        out_ += '[';
        items(ast::cast<ast::List>(e)->elts);
        out_ += ']';
        break;
      case K::Tuple: {
        auto* t = ast::cast<ast::Tuple>(e);
        if (t->elts.empty()) {
          out_ += "()";
          break;
        }
        open(level > kTuple);
        items(t->elts);
        if (t->elts.size() == 1) out_ += ',';
        close(level > kTuple);
        break;
      }
      case K::Slice: {
        auto* s = ast::cast<ast::Slice>(e);
        if (s->lower) expr(s->lower, kTest);
        out_ += ':';
        if (s->upper) expr(s->upper, kTest);
        if (s->step) {
          out_ += ':';
          expr(s->step, kTest);
        }
        break;
      }
      default:
        break;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  void open(bool on) {
    if (on) out_ += '(';
  }
  void close(bool on) {
    if (on) out_ += ')';
  }

  void items(const ast::AstList<ast::Expr*>& elts) {
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i) out_ += ", ";
      expr(elts[i], kTest);
    }
  }

  void generators(const ast::AstList<ast::Comprehension*>& gens) {
    for (const ast::Comprehension* g : gens) {
      out_ += g->is_async ? " async for " : " for ";
      expr(g->target, kTuple);
      out_ += " in ";
      expr(g->iter, kTest + 1);
      for (const ast::Expr* cond : g->ifs) {
        out_ += " if ";
        expr(cond, kTest + 1);
      }
    }
  }

  void arguments(const ast::Arguments* a) {
    bool first = true;
    auto sep = [&]() {
      if (!first) out_ += ", ";
      first = false;
    };
    size_t npos = a->posonlyargs.size() + a->args.size();
    size_t ndef = a->defaults.size();
    for (size_t i = 0; i < npos; ++i) {
      sep();
      const ast::Arg* arg = i < a->posonlyargs.size() ? a->posonlyargs[i]
                                                      : a->args[i - a->posonlyargs.size()];
      out_ += arg->arg;
      if (i + ndef >= npos) {
        out_ += '=';
        expr(a->defaults[i + ndef - npos], kTest);
      }
      if (i + 1 == a->posonlyargs.size()) {
        out_ += ", /";
      }
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      sep();
      out_ += '*';
      if (a->vararg) out_ += a->vararg->arg;
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
      sep();
      out_ += a->kwonlyargs[i]->arg;
      if (i < a->kw_defaults.size() && a->kw_defaults[i]) {
        out_ += '=';
        expr(a->kw_defaults[i], kTest);
      }
    }
    if (a->kwarg) {
      sep();
      out_ += "**";
      out_ += a->kwarg->arg;
    }
  }

  void constant(const ast::Constant* k) {
    if (k->value_kind == ast::ConstantKind::Ellipsis) {
      out_ += "...";
      return;
    }
    Value v = c_.constant_value(k);
    if (v.is_double() && (v.as_double() == 1.0 / 0.0 || v.as_double() == -1.0 / 0.0)) {
      out_ += v.as_double() > 0 ? "1e309" : "-1e309";
      return;
    }
    std::string r = repr_utf8(v);
    if (r.empty() && error_pending()) error_clear();
    out_ += r;
  }

  // The text inside an f-string's quotes.
  void fstring_body(const ast::Expr* e, std::string& body) {
    if (auto* j = ast::as<ast::JoinedStr>(e)) {
      for (const ast::Expr* v : j->values) fstring_body(v, body);
      return;
    }
    if (auto* k = ast::as<ast::Constant>(e)) {
      for (char ch : k->str_value) {
        if (ch == '{' || ch == '}') body += ch;
        body += ch;
      }
      return;
    }
    auto* f = ast::as<ast::FormattedValue>(e);
    if (!f) return;
    Unparser inner(c_);
    inner.expr(f->value, kTest + 1);
    std::string text = inner.take();
    body += '{';
    if (!text.empty() && text[0] == '{') body += ' ';
    body += text;
    if (f->conversion > 0) {
      body += '!';
      body += static_cast<char>(f->conversion);
    }
    if (f->format_spec) {
      body += ':';
      fstring_body(f->format_spec, body);
    }
    body += '}';
  }

  Compiler& c_;
  std::string out_;
};

}  // namespace

std::string Compiler::unparse(const ast::Expr* e) {
  Unparser u(*this);
  u.expr(e, kTest);
  return u.take();
}

void Compiler::annotation_to(const ast::Expr* e, int dst) {
  if (future_annotations_) {
    load_const(dst, Value::object(str_new(unparse(e))));
  } else if (auto* s = ast::as<ast::Starred>(e)) {
    // `*args: *Ts` (PEP 646): the annotation is the one item of *Ts.
    int mark = top();
    int v = expr_any(s->value);
    emit(Op::UNPACK_SEQUENCE, dst, v, 1);
    free_temps(mark);
  } else {
    expr_to(e, dst);
  }
}

// ---------------------------------------------------------------------------
// __future__ imports: only at the top of the module (after the docstring).

bool Compiler::check_future(const ast::Module* mod) {
  static const char* const kKnown[] = {
      "nested_scopes",  "generators",       "division",       "absolute_import",
      "with_statement", "print_function",   "unicode_literals", "barry_as_FLUFL",
      "generator_stop", "annotations",
  };
  for (size_t i = 0; i < mod->body.size(); ++i) {
    const ast::Stmt* s = mod->body[i];
    if (i == 0 && is_docstring_stmt(s) && mod->mode == ast::ModuleKind::File) continue;
    auto* f = ast::as<ast::ImportFrom>(s);
    if (!f || f->module != "__future__" || f->level != 0) break;
    for (const ast::Alias* a : f->names) {
      bool known = false;
      for (const char* k : kKnown)
        if (a->name == k) known = true;
      if (!known) {
        error(s, a->name == "braces" ? "not a chance"
                                     : "future feature " + std::string(a->name) + " is not defined");
        err_.end_col = -1;
        return false;
      }
      if (a->name == "annotations") future_annotations_ = true;
    }
    future_lineno_ = s->line;
  }
  return true;
}

}  // namespace tr::compiler
