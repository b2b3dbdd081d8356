// parse_compound.cpp — compound statements of the parser (src/syntax): if,
// while, for, with, try, def, class and decorators.

#include "syntax/parser.h"

namespace tr::syntax {

namespace {

// CPython's two flavours of a missing ':'.  "Soft" ones (if/while/for/...)
// say "expected ':'" only when the line ends right there; "forced" ones
// (def, try, else, finally) say it whatever the next token is.
enum class Colon { Soft, Forced };

}  // namespace

#define TR_EXPECT_COLON(mode)                                            \
  do {                                                                   \
    if (!at(TokenKind::Colon)) {                                         \
      if ((mode) == Colon::Forced || at(TokenKind::Newline))             \
        fail_token("expected ':'", tok());                               \
      fail_generic();                                                    \
    }                                                                    \
    advance();                                                           \
  } while (0)

Stmt* Parser::compound_statement() {
  switch (tok().kind) {
    case TokenKind::KwIf: return if_statement(false);
    case TokenKind::KwWhile: return while_statement();
    case TokenKind::KwFor: return for_statement(nullptr);
    case TokenKind::KwWith: return with_statement(nullptr);
    case TokenKind::KwTry: return try_statement();
    case TokenKind::KwDef: { const Token& t = tok(); return function_def({}, nullptr, t); }
    case TokenKind::KwClass: { const Token& t = tok(); return class_def({}, t); }
    case TokenKind::At: return decorated();
    case TokenKind::KwAsync: {
      const Token& a = tok();
      TokenKind next = peek().kind;
      if (next == TokenKind::KwDef) { advance(); return function_def({}, &a, a); }
      if (next == TokenKind::KwFor) { advance(); return for_statement(&a); }
      if (next == TokenKind::KwWith) { advance(); return with_statement(&a); }
      advance();
      fail_generic();
    }
    case TokenKind::Name:
      if (at_soft("match")) return try_match_statement();
      return nullptr;
    default:
      return nullptr;
  }
}

Stmt* Parser::if_statement(bool is_elif) {
  const Token& t = advance();
  If* s = make<If>(t);
  s->test = named_expression();
  TR_EXPECT_COLON(Colon::Soft);
  s->body = block(is_elif ? "'elif' statement" : "'if' statement", t.line, &t);
  if (at(TokenKind::KwElif)) {
    Stmt* e = if_statement(true);
    s->orelse = list(std::vector<Stmt*>{e});
  } else if (at(TokenKind::KwElse)) {
    const Token& el = advance();
    TR_EXPECT_COLON(Colon::Forced);
    s->orelse = block("'else' statement", el.line, &el);
  }
  return finish(s);
}

Stmt* Parser::while_statement() {
  const Token& t = advance();
  While* s = make<While>(t);
  s->test = named_expression();
  TR_EXPECT_COLON(Colon::Soft);
  s->body = block("'while' statement", t.line, &t);
  if (at(TokenKind::KwElse)) {
    const Token& el = advance();
    TR_EXPECT_COLON(Colon::Forced);
    s->orelse = block("'else' statement", el.line, &el);
  }
  return finish(s);
}

Stmt* Parser::for_statement(const Token* async_tok) {
  const Token& t = advance();
  For* s = make<For>(async_tok ? *async_tok : t);
  s->is_async = async_tok != nullptr;
  s->target = star_targets_for();
  set_context(s->target, ExprContext::Store, TargetUse::For);
  if (!at(TokenKind::KwIn)) fail_generic();
  advance();
  s->iter = star_expressions();
  TR_EXPECT_COLON(Colon::Soft);
  s->body = block("'for' statement", t.line, &t);
  if (at(TokenKind::KwElse)) {
    const Token& el = advance();
    TR_EXPECT_COLON(Colon::Forced);
    s->orelse = block("'else' statement", el.line, &el);
  }
  return finish(s);
}

WithItem* Parser::with_item() {
  const Token& start = tok();
  WithItem* w = make<WithItem>(start);
  w->context_expr = expression();
  if (accept(TokenKind::KwAs)) {
    Expr* target;
    if (at(TokenKind::Star)) {
      const Token& s = advance();
      Starred* st = make<Starred>(s);
      st->value = bitwise_or();
      target = finish(st);
    } else {
      target = bitwise_or();
    }
    set_context(target, ExprContext::Store, TargetUse::With);
    w->optional_vars = target;
  }
  return finish(w);
}

// `with (a as b, c):` — the parenthesised form, tried first as in CPython.
bool Parser::try_parenthesized_with_items(std::vector<WithItem*>& items) {
  size_t save = pos_;
  int depth = depth_, brackets = bracket_depth_;
  try {
    advance();
    ++bracket_depth_;
    while (true) {
      items.push_back(with_item());
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RPar)) break;
    }
    if (at(TokenKind::RPar) && peek().kind == TokenKind::Colon) {
      advance();
      --bracket_depth_;
      return true;
    }
  } catch (ParseFailure&) {
    error_.reset();
  }
  items.clear();
  pos_ = save, depth_ = depth, bracket_depth_ = brackets;
  return false;
}

Stmt* Parser::with_statement(const Token* async_tok) {
  const Token& t = advance();
  With* s = make<With>(async_tok ? *async_tok : t);
  s->is_async = async_tok != nullptr;
  std::vector<WithItem*> items;
  if (!at(TokenKind::LPar) || !try_parenthesized_with_items(items)) {
    do {
      items.push_back(with_item());
    } while (accept(TokenKind::Comma));
  }
  s->items = list(items);
  TR_EXPECT_COLON(Colon::Soft);
  s->body = block("'with' statement", t.line, &t);
  return finish(s);
}

Stmt* Parser::try_statement() {
  const Token& t = advance();
  Try* s = make<Try>(t);
  TR_EXPECT_COLON(Colon::Forced);
  s->body = block("'try' statement", t.line, &t);
  std::vector<ExceptHandler*> handlers;
  bool seen_plain = false, seen_star = false;
  while (at(TokenKind::KwExcept)) {
    const Token& e = advance();
    bool star = accept(TokenKind::Star);
    if ((star && seen_plain) || (!star && seen_star))
      fail_at("cannot have both " + quoted_keyword("except", written_in_hausa(e)) + " and '" +
                  std::string(e.text) + "*' on the same " + quoted_keyword(t),
              e.line, e.col, prev().end_line, prev().end_col);
    (star ? seen_star : seen_plain) = true;
    ExceptHandler* h = make<ExceptHandler>(e);
    if (!at(TokenKind::Colon)) {
      if (star && at(TokenKind::Newline)) fail_token("expected one or more exception types", tok());
      if (!at(TokenKind::Newline)) {
        h->type = expression();
        if (at(TokenKind::Comma)) {
          Expr* first = h->type;
          advance();
          Expr* last = expression();
          while (accept(TokenKind::Comma)) last = expression();
          fail_range("multiple exception types must be parenthesized", first, last);
        }
        if (accept(TokenKind::KwAs)) {
          if (!at(TokenKind::Name)) fail_generic();
          h->name = ident(advance());
        }
      }
    }
    TR_EXPECT_COLON(Colon::Soft);
    h->body = block(star ? "'except*' statement" : "'except' statement", e.line, &e);
    handlers.push_back(finish(h));
  }
  s->is_star = seen_star;
  s->handlers = list(handlers);
  if (at(TokenKind::KwElse)) {
    if (handlers.empty()) fail_generic();
    const Token& el = advance();
    TR_EXPECT_COLON(Colon::Forced);
    s->orelse = block("'else' statement", el.line, &el);
  }
  if (at(TokenKind::KwFinally)) {
    const Token& f = advance();
    TR_EXPECT_COLON(Colon::Forced);
    s->finalbody = block("'finally' statement", f.line, &f);
  }
  if (handlers.empty() && s->finalbody.empty()) {
    size_t i = pos_;
    while (i > 0 && (tokens_[i].kind == TokenKind::EndMarker || tokens_[i].kind == TokenKind::Dedent)) --i;
    const Token& r = tokens_[i];
    const Token& at_tok = r;
    bool hausa = written_in_hausa(t);
    fail_at("expected " + quoted_keyword("except", hausa) + " or " +
                quoted_keyword("finally", hausa) + " block",
            at_tok.line, at_tok.col, at_tok.line,
            &at_tok == &r ? -1 : at_tok.end_col);
  }
  return finish(s);
}

// ---------------------------------------------------------------- def / class

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (at(TokenKind::At)) {
    advance();
    decorators.push_back(named_expression());
    if (!at(TokenKind::Newline)) fail_generic();
    advance();
  }
  const Token& t = tok();
  if (at(TokenKind::KwDef)) return function_def(decorators, nullptr, t);
  if (at(TokenKind::KwClass)) return class_def(decorators, t);
  if (at(TokenKind::KwAsync) && peek().kind == TokenKind::KwDef) {
    advance();
    return function_def(decorators, &t, t);
  }
  fail_generic();
}

Stmt* Parser::function_def(std::vector<Expr*> decorators, const Token* async_tok,
                           const Token& start) {
  const Token& def = advance();
  FunctionDef* f = make<FunctionDef>(start);
  f->is_async = async_tok != nullptr;
  f->decorator_list = list(decorators);
  if (!at(TokenKind::Name)) fail_generic();
  f->name = ident(advance());
  expect_msg(TokenKind::LPar, "expected '('");
  ++bracket_depth_;
  f->args = parameters(TokenKind::RPar, false);
  expect(TokenKind::RPar);
  --bracket_depth_;
  if (accept(TokenKind::RArrow)) f->returns = expression();
  TR_EXPECT_COLON(Colon::Forced);
  f->body = block("function definition", def.line);
  return finish(f);
}

Stmt* Parser::class_def(std::vector<Expr*> decorators, const Token& start) {
  const Token& cls = advance();
  ClassDef* c = make<ClassDef>(start);
  c->decorator_list = list(decorators);
  if (!at(TokenKind::Name)) fail_generic();
  c->name = ident(advance());
  if (at(TokenKind::LPar)) {
    advance();
    std::vector<Expr*> bases;
    std::vector<Keyword*> keywords;
    class_arguments(bases, keywords);
    c->bases = list(bases);
    c->keywords = list(keywords);
  }
  TR_EXPECT_COLON(Colon::Soft);
  c->body = block("class definition", cls.line);
  return finish(c);
}

#undef TR_EXPECT_COLON

}  // namespace tr::syntax
