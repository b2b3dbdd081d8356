// parse_args.cpp — parameter lists (def, lambda) and call arguments for the
// parser (src/syntax), with CPython's ordering errors.

#include "syntax/parser.h"

namespace tr::syntax {

Arg* Parser::parameter(bool lambda, bool allow_star_annotation) {
  if (!at(TokenKind::Name)) fail_generic();
  const Token& n = advance();
  Arg* a = make<Arg>(n);
  a->arg = ident(n);
  if (!lambda && accept(TokenKind::Colon)) {
    if (allow_star_annotation && at(TokenKind::Star)) {
      const Token& s = advance();
      Starred* st = make<Starred>(s);
      st->value = expression();
      a->annotation = finish(st);
    } else {
      a->annotation = expression();
    }
  }
  return finish(a);
}

// Parses parameters up to (not including) `close`.  Same shape as
// ast.arguments; ordering errors use CPython's messages and positions.
Arguments* Parser::parameters(TokenKind close, bool lambda) {
  Arguments* args = make<Arguments>(tok());
  std::vector<Arg*> posonly, plain, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  bool star_seen = false, slash_seen = false;
  const Token* bare_star = nullptr;
  while (!at(close)) {
    if (args->kwarg) fail_token("arguments cannot follow var-keyword argument", tok());
    if (at(TokenKind::Slash)) {
      const Token& s = tok();
      if (slash_seen) fail_token("/ may appear only once", s);
      if (star_seen) fail_token("/ must be ahead of *", s);
      if (plain.empty()) fail_token("at least one argument must precede /", s);
      advance();
      slash_seen = true;
      posonly = plain;
      plain.clear();
    } else if (at(TokenKind::Star)) {
      const Token& s = tok();
      if (star_seen) fail_token("* argument may appear only once", s);
      advance();
      star_seen = true;
      if (at(TokenKind::Name)) {
        args->vararg = parameter(lambda, true);
        if (at(TokenKind::Equal)) fail_token("var-positional argument cannot have default value", tok());
      } else {
        bare_star = &s;
        if (at(close) || (at(TokenKind::Comma) && (peek().kind == close ||
                                                   peek().kind == TokenKind::DoubleStar)))
          fail_token("named arguments must follow bare *", s);
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      args->kwarg = parameter(lambda, false);
      if (at(TokenKind::Equal)) fail_token("var-keyword argument cannot have default value", tok());
    } else {
      Arg* a = parameter(lambda, false);
      Expr* def = nullptr;
      if (accept(TokenKind::Equal)) def = expression();
      if (star_seen) {
        kwonly.push_back(a);
        kw_defaults.push_back(def);
      } else {
        if (def) {
          defaults.push_back(def);
        } else if (!defaults.empty()) {
          fail_node("non-default argument follows default argument", a);
        }
        plain.push_back(a);
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  (void)bare_star;
  args->posonlyargs = list(posonly);
  args->args = list(plain);
  args->kwonlyargs = list(kwonly);
  args->kw_defaults = list(kw_defaults);
  args->defaults = list(defaults);
  return finish(args);
}

// ---------------------------------------------------------------- calls

void Parser::call_arguments(Call* call) {
  const Token& open = prev();
  std::vector<Expr*> args;
  std::vector<Keyword*> keywords;
  bool seen_keyword = false, seen_double_star = false;
  Expr* last = nullptr;
  while (!at(TokenKind::RPar)) {
    const Token& start = tok();
    if (at(TokenKind::Star)) {
      advance();
      Starred* st = make<Starred>(start);
      st->value = expression();
      finish(st);
      if (seen_double_star)
        fail_token("iterable argument unpacking follows keyword argument unpacking", start);
      args.push_back(st);
      last = st;
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      Keyword* k = make<Keyword>(start);
      k->value = expression();
      keywords.push_back(finish(k));
      seen_double_star = true;
      last = k->value;
    } else if (at(TokenKind::Name) && peek().kind == TokenKind::Equal) {
      advance();
      advance();
      Keyword* k = make<Keyword>(start);
      k->arg = ident(start);
      k->value = expression();
      keywords.push_back(finish(k));
      seen_keyword = true;
      last = k->value;
    } else {
      Expr* e = (at(TokenKind::Name) && peek().kind == TokenKind::ColonEqual) ? named_expression()
                                                                             : expression();
      if (at(TokenKind::ColonEqual))
        fail_node(std::string("cannot use assignment expressions with ") + expr_name(e), e);
      if (at(TokenKind::Equal)) {
        const Token& eq = tok();
        if (e->kind == NodeKind::Constant &&
            (cast<Constant>(e)->value_kind == ConstantKind::True ||
             cast<Constant>(e)->value_kind == ConstantKind::False ||
             cast<Constant>(e)->value_kind == ConstantKind::None))
          fail_at(std::string("cannot assign to ") + expr_name(e), e->line, e->col, eq.end_line,
                  eq.end_col);
        fail_at("expression cannot contain assignment, perhaps you meant \"==\"?", e->line,
                e->col, eq.end_line, eq.end_col);
      }
      if (at_comprehension()) {
        GeneratorExp* g = make_at<GeneratorExp>(e);
        g->elt = e;
        g->generators = comprehension_clauses();
        finish(g);
        if (!args.empty() || !keywords.empty() || !at(TokenKind::RPar)) {
          if (at(TokenKind::Comma) || !args.empty() || !keywords.empty())
            fail_range("Generator expression must be parenthesized", g, g);
          fail_generic();
        }
        // A sole generator argument shares the call's parentheses.
        g->line = open.line;
        g->col = open.col;
        g->end_line = tok().end_line;
        g->end_col = tok().end_col;
        e = g;
      }
      if (seen_double_star)
        fail_node("positional argument follows keyword argument unpacking", e);
      if (seen_keyword) fail_node("positional argument follows keyword argument", e);
      args.push_back(e);
      last = e;
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(TokenKind::RPar)) {
    if (last) fail_after(last);
    fail_generic();
  }
  advance();
  call->args = list(args);
  call->keywords = list(keywords);
}

void Parser::class_arguments(std::vector<Expr*>& bases, std::vector<Keyword*>& keywords) {
  enter_bracket();
  Call tmp;
  call_arguments(&tmp);
  leave_bracket();
  for (Expr* e : tmp.args) bases.push_back(e);
  for (Keyword* k : tmp.keywords) keywords.push_back(k);
}

}  // namespace tr::syntax
