// parse_expr.cpp — expression grammar of the parser (src/syntax): from
// star_expressions down to atoms, following the precedence levels of the
// Python 3.11 grammar.  Targets are parsed as expressions and converted later
// (parse_targets.cpp).

#include <cstdlib>
#include <cstring>

#include "syntax/parser.h"

namespace tr::syntax {

// ---------------------------------------------------------------- tuples

bool Parser::at_expression_start() const {
  switch (tok().kind) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LPar: case TokenKind::LSqb: case TokenKind::LBrace:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde:
    case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwAwait:
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis: case TokenKind::Star:
      return true;
    default:
      return false;
  }
}

Expr* Parser::star_expressions() {
  const Token& start_tok = tok();
  Expr* first = star_expression();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!at_expression_start()) break;
    elts.push_back(star_expression());
  }
  Tuple* t = make<Tuple>(start_tok);
  t->elts = list(elts);
  return finish(t);
}

Expr* Parser::yield_or_star_expressions() {
  if (at(TokenKind::KwYield)) return yield_expression();
  return star_expressions();
}

Expr* Parser::star_expression() {
  if (at(TokenKind::Star)) {
    const Token& s = advance();
    Starred* st = make<Starred>(s);
    st->value = bitwise_or();
    return finish(st);
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at(TokenKind::Star)) {
    const Token& s = advance();
    Starred* st = make<Starred>(s);
    st->value = bitwise_or();
    return finish(st);
  }
  return named_expression();
}

Expr* Parser::named_expression() {
  if (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) {
    const Token& n = advance();
    Name* target = make<Name>(n);
    target->id = ident(n);
    target->ctx = ExprContext::Store;
    finish(target);
    advance();
    NamedExpr* ne = make<NamedExpr>(n);
    ne->target = target;
    ne->value = expression();
    return finish(ne);
  }
  Expr* e = expression();
  if (at(TokenKind::ColonEqual)) {
    fail_node(std::string("cannot use assignment expressions with ") + expr_name(e), e);
  }
  if (at(TokenKind::Equal) && peek().kind != TokenKind::Equal) {
    // `if x = 1:` — CPython's hints for a misplaced '='.
    size_t save = pos_;
    if (e->kind == NodeKind::Name) {
      advance();
      Expr* b = nullptr;
      try {
        b = bitwise_or();
      } catch (ParseFailure&) {
        error_.reset();
      }
      if (b && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual))
        fail_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
      pos_ = save;
    } else if (e->kind != NodeKind::List && e->kind != NodeKind::Tuple &&
               e->kind != NodeKind::GeneratorExp &&
               !(e->kind == NodeKind::Constant &&
                 (cast<Constant>(e)->value_kind == ConstantKind::True ||
                  cast<Constant>(e)->value_kind == ConstantKind::False ||
                  cast<Constant>(e)->value_kind == ConstantKind::None))) {
      fail_node(std::string("cannot assign to ") + expr_name(e) +
                    " here. Maybe you meant '==' instead of '='?",
                e);
    }
  }
  return e;
}

// ---------------------------------------------------------------- expression

Expr* Parser::expression() {
  const Token& start_tok = tok();
  enter();
  if (at(TokenKind::KwLambda)) {
    Expr* l = lambda_expression();
    leave();
    return l;
  }
  Expr* body = disjunction();
  if (at(TokenKind::KwIf)) {
    const Token& if_tok = advance();
    Expr* test = disjunction();
    if (!at(TokenKind::KwElse)) {
      if (!at(TokenKind::Colon)) {
        fail_range("expected " + quoted_keyword("else", written_in_hausa(if_tok)) + " after " +
                       quoted_keyword(if_tok) + " expression",
                   body, test);
      }
      fail_generic();
    }
    advance();
    IfExp* ie = make<IfExp>(start_tok);
    ie->body = body;
    ie->test = test;
    ie->orelse = expression();
    body = finish(ie);
  }
  leave();
  return body;
}

Expr* Parser::lambda_expression() {
  const Token& l = advance();
  Lambda* lam = make<Lambda>(l);
  lam->args = parameters(TokenKind::Colon, true);
  expect(TokenKind::Colon);
  lam->body = expression();
  return finish(lam);
}

Expr* Parser::disjunction() {
  const Token& start_tok = tok();
  Expr* first = conjunction();
  if (!at(TokenKind::KwOr)) return first;
  std::vector<Expr*> values{first};
  while (accept(TokenKind::KwOr)) values.push_back(conjunction());
  BoolOp* b = make<BoolOp>(start_tok);
  b->op = BoolOpKind::Or;
  b->values = list(values);
  return finish(b);
}

Expr* Parser::conjunction() {
  const Token& start_tok = tok();
  Expr* first = inversion();
  if (!at(TokenKind::KwAnd)) return first;
  std::vector<Expr*> values{first};
  while (accept(TokenKind::KwAnd)) values.push_back(inversion());
  BoolOp* b = make<BoolOp>(start_tok);
  b->op = BoolOpKind::And;
  b->values = list(values);
  return finish(b);
}

Expr* Parser::inversion() {
  if (at(TokenKind::KwNot)) {
    const Token& t = advance();
    enter();
    UnaryOp* u = make<UnaryOp>(t);
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    leave();
    return finish(u);
  }
  return comparison();
}

Expr* Parser::comparison() {
  const Token& start_tok = tok();
  Expr* left = bitwise_or();
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
  while (true) {
    CmpOpKind op;
    switch (tok().kind) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
      case TokenKind::NotEqual: op = CmpOpKind::NotEq; break;
      case TokenKind::Less: op = CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
      case TokenKind::KwIn: op = CmpOpKind::In; break;
      case TokenKind::KwIs:
        op = peek().kind == TokenKind::KwNot ? CmpOpKind::IsNot : CmpOpKind::Is;
        break;
      case TokenKind::KwNot:
        if (peek().kind != TokenKind::KwIn) goto done;
        op = CmpOpKind::NotIn;
        break;
      default:
        goto done;
    }
    advance();
    if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
    ops.push_back(op);
    comparators.push_back(bitwise_or());
  }
done:
  if (ops.empty()) return left;
  Compare* c = make<Compare>(start_tok);
  c->left = left;
  c->ops = list(ops);
  c->comparators = list(comparators);
  return finish(c);
}

// Left-associative binary levels share one shape.
#define TR_BINARY_LEVEL(fn, next, ...)                                \
  Expr* Parser::fn() {                                                \
    const Token& start_tok = tok();                                   \
    Expr* left = next();                                              \
    while (true) {                                                    \
      BinOpKind op;                                                   \
      switch (tok().kind) {                                           \
        __VA_ARGS__                                                   \
        default: return left;                                         \
      }                                                               \
      advance();                                                      \
      BinOp* b = make<BinOp>(start_tok);                               \
      b->left = left;                                                 \
      b->op = op;                                                     \
      b->right = next();                                              \
      left = finish(b);                                               \
    }                                                                 \
  }

TR_BINARY_LEVEL(bitwise_or, bitwise_xor, case TokenKind::VBar: op = BinOpKind::BitOr; break;)
TR_BINARY_LEVEL(bitwise_xor, bitwise_and, case TokenKind::Circumflex: op = BinOpKind::BitXor; break;)
TR_BINARY_LEVEL(bitwise_and, shift_expr, case TokenKind::Amper: op = BinOpKind::BitAnd; break;)
TR_BINARY_LEVEL(shift_expr, sum,
                case TokenKind::LeftShift: op = BinOpKind::LShift; break;
                case TokenKind::RightShift: op = BinOpKind::RShift; break;)
TR_BINARY_LEVEL(sum, term,
                case TokenKind::Plus: op = BinOpKind::Add; break;
                case TokenKind::Minus: op = BinOpKind::Sub; break;)
TR_BINARY_LEVEL(term, factor,
                case TokenKind::Star: op = BinOpKind::Mult; break;
                case TokenKind::Slash: op = BinOpKind::Div; break;
                case TokenKind::DoubleSlash: op = BinOpKind::FloorDiv; break;
                case TokenKind::Percent: op = BinOpKind::Mod; break;
                case TokenKind::At: op = BinOpKind::MatMult; break;)
#undef TR_BINARY_LEVEL

Expr* Parser::factor() {
  UnaryOpKind op;
  switch (tok().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  const Token& t = advance();
  enter();
  UnaryOp* u = make<UnaryOp>(t);
  u->op = op;
  u->operand = factor();
  leave();
  return finish(u);
}

Expr* Parser::power() {
  const Token& start_tok = tok();
  Expr* base = await_primary();
  if (!at(TokenKind::DoubleStar)) return base;
  advance();
  BinOp* b = make<BinOp>(start_tok);
  b->left = base;
  b->op = BinOpKind::Pow;
  b->right = factor();
  return finish(b);
}

Expr* Parser::await_primary() {
  if (at(TokenKind::KwAwait)) {
    const Token& t = advance();
    Await* a = make<Await>(t);
    a->value = primary();
    return finish(a);
  }
  return primary();
}

// ---------------------------------------------------------------- primary

Expr* Parser::primary() {
  const Token& start_tok = tok();
  Expr* e = atom();
  int chain = 0;
  while (true) {
    if (++chain > kMaxDepth) {
      fail_at("maximum recursion depth exceeded during compilation", e->line, e->col, e->line,
              e->col, "RecursionError");
    }
    if (at(TokenKind::Dot)) {
      advance();
      if (!at(TokenKind::Name)) fail_generic();
      const Token& n = advance();
      Attribute* a = make<Attribute>(start_tok);
      a->value = e;
      a->attr = ident(n);
      e = finish(a);
    } else if (at(TokenKind::LPar)) {
      advance();
      enter_bracket();
      Call* c = make<Call>(start_tok);
      c->func = e;
      call_arguments(c);
      leave_bracket();
      e = finish(c);
    } else if (at(TokenKind::LSqb)) {
      advance();
      enter_bracket();
      Subscript* s = make<Subscript>(start_tok);
      s->value = e;
      s->slice = slices();
      if (!at(TokenKind::RSqb)) fail_generic();
      advance();
      leave_bracket();
      e = finish(s);
    } else {
      return e;
    }
  }
}

Expr* Parser::slices() {
  const Token& start_tok = tok();
  Expr* first = slice();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    elts.push_back(slice());
  }
  Tuple* t = make<Tuple>(start_tok);
  t->elts = list(elts);
  return finish(t);
}

Expr* Parser::slice() {
  const Token& start = tok();
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    Expr* e = star_named_expression();
    if (!at(TokenKind::Colon)) {
      if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) fail_after(e);
      return e;
    }
    if (e->kind == NodeKind::Starred || e->kind == NodeKind::NamedExpr) fail_generic();
    lower = e;
  }
  advance();  // ':'
  Slice* s = make<Slice>(start);
  s->lower = lower;
  auto at_end = [&] {
    return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RSqb);
  };
  if (!at_end()) s->upper = expression();
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) s->step = expression();
  }
  return finish(s);
}

}  // namespace tr::syntax
