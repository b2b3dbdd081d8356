// parse_pattern.cpp — the match statement and its patterns (src/syntax
// parser).  `match` and `case` are soft keywords: a match statement is tried
// tentatively and abandoned (restoring the position) if it does not fit.

#include "syntax/parser.h"

namespace tr::syntax {

Stmt* Parser::try_match_statement() {
  const Token& start = tok();
  size_t save = pos_;
  int depth = depth_, brackets = bracket_depth_;
  Expr* subject = nullptr;
  try {
    advance();
    if (!at_expression_start() || at(TokenKind::KwLambda)) throw ParseFailure{};
    const Token& start_tok = tok();
    Expr* first = star_named_expression();
    if (at(TokenKind::Comma)) {
      std::vector<Expr*> elts{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::Colon)) break;
        elts.push_back(star_named_expression());
      }
      Tuple* t = make<Tuple>(start_tok);
      t->elts = list(elts);
      first = finish(t);
    } else if (first->kind == NodeKind::Starred) {
      throw ParseFailure{};
    }
    if (!at(TokenKind::Colon)) throw ParseFailure{};
    subject = first;
  } catch (ParseFailure&) {
    error_.reset();
    pos_ = save, depth_ = depth, bracket_depth_ = brackets;
    return nullptr;
  }
  advance();  // ':'
  Match* m = make<Match>(start);
  m->subject = subject;
  if (!at(TokenKind::Newline)) fail_generic();
  advance();
  if (!at(TokenKind::Indent)) {
    const Token& t = tok();
    fail_at("expected an indented block after '" + std::string(start.text) +
                "' statement on line " +
                std::to_string(start.line),
            t.line, t.col, t.end_line, t.end_col, "IndentationError");
  }
  advance();
  std::vector<MatchCase*> cases;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
    if (!at_soft("case")) fail_generic();
    cases.push_back(case_block());
  }
  accept(TokenKind::Dedent);
  m->cases = list(cases);
  return finish(m);
}

MatchCase* Parser::case_block() {
  const Token& c = advance();
  MatchCase* mc = make<MatchCase>(c);
  mc->pattern = patterns();
  if (accept(TokenKind::KwIf)) mc->guard = named_expression();
  if (!at(TokenKind::Colon)) {
    if (at(TokenKind::Newline)) fail_token("expected ':'", tok());
    fail_generic();
  }
  advance();
  mc->body = block("'case' statement", c.line, &c);
  return finish(mc);
}

// `case a, *b:` — an open sequence without brackets.
Pattern* Parser::patterns() {
  const Token& start = tok();
  Pattern* first = at(TokenKind::Star) ? closed_pattern() : pattern();
  if (!at(TokenKind::Comma) && first->kind != NodeKind::MatchStar) return first;
  std::vector<Pattern*> items{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::KwIf)) break;
    items.push_back(at(TokenKind::Star) ? closed_pattern() : pattern());
  }
  MatchSequence* seq = make<MatchSequence>(start);
  seq->patterns = list(items);
  return finish(seq);
}

Pattern* Parser::pattern() {
  const Token& start_tok = tok();
  Pattern* p = or_pattern();
  if (!at(TokenKind::KwAs)) return p;
  advance();
  if (!at(TokenKind::Name)) fail_generic();
  const Token& n = advance();
  if (n.text == "_") fail_token("cannot use '_' as a target", n);
  MatchAs* as_pat = make<MatchAs>(start_tok);
  as_pat->pattern = p;
  as_pat->name = ident(n);
  return finish(as_pat);
}

Pattern* Parser::or_pattern() {
  const Token& start_tok = tok();
  Pattern* first = closed_pattern();
  if (!at(TokenKind::VBar)) return first;
  std::vector<Pattern*> alts{first};
  while (accept(TokenKind::VBar)) alts.push_back(closed_pattern());
  MatchOr* o = make<MatchOr>(start_tok);
  o->patterns = list(alts);
  return finish(o);
}

Expr* Parser::signed_number() {
  if (at(TokenKind::Minus)) {
    const Token& m = advance();
    if (!at(TokenKind::Number)) fail_generic();
    UnaryOp* u = make<UnaryOp>(m);
    u->op = UnaryOpKind::USub;
    u->operand = number(advance());
    return finish(u);
  }
  if (!at(TokenKind::Number)) fail_generic();
  return number(advance());
}

// signed_number, optionally `+ imag` / `- imag` (complex literal pattern).
Expr* Parser::complex_number() {
  const Token& start_tok = tok();
  Expr* real = signed_number();
  if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return real;
  BinOp* b = make<BinOp>(start_tok);
  b->op = at(TokenKind::Plus) ? BinOpKind::Add : BinOpKind::Sub;
  advance();
  b->left = real;
  if (!at(TokenKind::Number)) fail_generic();
  b->right = number(advance());
  if (cast<Constant>(b->right)->value_kind != ConstantKind::Imaginary)
    fail_node("imaginary number required in complex literal", b->right);
  return finish(b);
}

// Dotted name used as a value pattern or class name: NAME ('.' NAME)*.
Expr* Parser::value_pattern_expr() {
  const Token& n = advance();
  Name* name = make<Name>(n);
  name->id = ident(n);
  Expr* e = finish(name);
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) fail_generic();
    const Token& a = advance();
    Attribute* attr = make_at<Attribute>(e);
    attr->value = e;
    attr->attr = ident(a);
    e = finish(attr);
  }
  return e;
}

Pattern* Parser::closed_pattern() {
  enter();
  const Token& t = tok();
  Pattern* result = nullptr;
  switch (t.kind) {
    case TokenKind::Star: {
      advance();
      if (!at(TokenKind::Name)) fail_generic();
      const Token& n = advance();
      MatchStar* s = make<MatchStar>(t);
      if (n.text != "_") s->name = ident(n);
      result = finish(s);
      break;
    }
    case TokenKind::Minus: case TokenKind::Number: {
      MatchValue* v = make<MatchValue>(t);
      v->value = complex_number();
      result = finish(v);
      break;
    }
    case TokenKind::String: {
      MatchValue* v = make<MatchValue>(t);
      v->value = strings();
      if (v->value->kind == NodeKind::JoinedStr)
        fail_node("patterns may only match literals and attribute lookups", v->value);
      result = finish(v);
      break;
    }
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse: {
      advance();
      MatchSingleton* s = make<MatchSingleton>(t);
      s->value = t.kind == TokenKind::KwNone   ? ConstantKind::None
                 : t.kind == TokenKind::KwTrue ? ConstantKind::True
                                               : ConstantKind::False;
      result = finish(s);
      break;
    }
    case TokenKind::Name: {
      Expr* e = value_pattern_expr();
      if (at(TokenKind::LPar)) {
        result = class_pattern(e);
      } else if (e->kind == NodeKind::Attribute) {
        MatchValue* v = make<MatchValue>(t);
        v->value = e;
        result = finish(v);
      } else {
        MatchAs* a = make<MatchAs>(t);
        if (t.text != "_") a->name = ident(t);
        result = finish(a);
      }
      break;
    }
    case TokenKind::LPar: case TokenKind::LSqb: {
      advance();
      ++bracket_depth_;
      result = sequence_pattern(t.kind == TokenKind::LPar ? TokenKind::RPar : TokenKind::RSqb, t);
      --bracket_depth_;
      break;
    }
    case TokenKind::LBrace:
      result = mapping_pattern();
      break;
    default:
      fail_generic();
  }
  leave();
  return result;
}

Pattern* Parser::sequence_pattern(TokenKind close, const Token& open) {
  std::vector<Pattern*> items;
  bool comma = false;
  while (!at(close)) {
    items.push_back(at(TokenKind::Star) ? closed_pattern() : pattern());
    if (!accept(TokenKind::Comma)) break;
    comma = true;
  }
  expect(close);
  if (close == TokenKind::RPar && items.size() == 1 && !comma &&
      items[0]->kind != NodeKind::MatchStar)
    return items[0];  // a group pattern: `(p)`
  MatchSequence* seq = make<MatchSequence>(open);
  seq->patterns = list(items);
  return finish(seq);
}

Pattern* Parser::mapping_pattern() {
  const Token& open = advance();
  ++bracket_depth_;
  MatchMapping* m = make<MatchMapping>(open);
  std::vector<Expr*> keys;
  std::vector<Pattern*> values;
  while (!at(TokenKind::RBrace)) {
    if (at(TokenKind::DoubleStar)) {
      advance();
      if (!at(TokenKind::Name)) fail_generic();
      m->rest = ident(advance());
      accept(TokenKind::Comma);
      break;
    }
    Expr* key;
    const Token& k = tok();
    if (at(TokenKind::Name)) {
      key = value_pattern_expr();
      if (key->kind != NodeKind::Attribute) fail_generic();
    } else if (at(TokenKind::String)) {
      key = strings();
    } else if (at(TokenKind::KwNone) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse)) {
      key = atom();
    } else {
      key = complex_number();
    }
    (void)k;
    keys.push_back(key);
    expect(TokenKind::Colon);
    values.push_back(pattern());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace);
  --bracket_depth_;
  m->keys = list(keys);
  m->patterns = list(values);
  return finish(m);
}

Pattern* Parser::class_pattern(Expr* cls) {
  advance();  // '('
  ++bracket_depth_;
  MatchClass* c = make_at<MatchClass>(cls);
  c->cls = cls;
  std::vector<Pattern*> positional, kw_patterns;
  std::vector<std::string_view> kw_names;
  while (!at(TokenKind::RPar)) {
    if (at(TokenKind::Name) && peek().kind == TokenKind::Equal) {
      kw_names.push_back(ident(advance()));
      advance();
      kw_patterns.push_back(pattern());
    } else {
      Pattern* p = pattern();
      if (!kw_names.empty()) fail_node("positional patterns follow keyword patterns", p);
      positional.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RPar);
  --bracket_depth_;
  c->patterns = list(positional);
  c->kwd_attrs = list(kw_names);
  c->kwd_patterns = list(kw_patterns);
  return finish(c);
}

}  // namespace tr::syntax
