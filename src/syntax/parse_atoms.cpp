// parse_atoms.cpp — atoms of the expression grammar (src/syntax parser):
// names, literals, displays, comprehensions and yield expressions.

#include <cerrno>
#include <cstdlib>
#include <string>

#include "syntax/parser.h"

namespace tr::syntax {

Expr* Parser::atom() {
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::Name: {
      advance();
      Name* n = make<Name>(t);
      n->id = ident(t);
      return finish(n);
    }
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis: {
      advance();
      Constant* c = make<Constant>(t);
      c->value_kind = t.kind == TokenKind::KwNone   ? ConstantKind::None
                      : t.kind == TokenKind::KwTrue ? ConstantKind::True
                      : t.kind == TokenKind::KwFalse ? ConstantKind::False
                                                     : ConstantKind::Ellipsis;
      return finish(c);
    }
    case TokenKind::Number:
      advance();
      return number(t);
    case TokenKind::String:
      return strings();
    case TokenKind::LPar:
      return paren_atom();
    case TokenKind::LSqb:
      return list_atom();
    case TokenKind::LBrace:
      return brace_atom();
    default:
      fail_generic();
  }
}

// ---------------------------------------------------------------- numbers

Expr* Parser::number(const Token& t) {
  std::string text;
  for (char c : t.text)
    if (c != '_') text += c;
  Constant* c = make<Constant>(t);
  char last = text.back();
  bool radix = text.size() > 1 && text[0] == '0' && std::strchr("xXoObB", text[1]);
  if (last == 'j' || last == 'J') {
    text.pop_back();
    c->value_kind = ConstantKind::Imaginary;
    c->float_value = std::strtod(text.c_str(), nullptr);
  } else if (!radix && text.find_first_of(".eE") != std::string::npos) {
    c->value_kind = ConstantKind::Float;
    c->float_value = std::strtod(text.c_str(), nullptr);
  } else {
    c->value_kind = ConstantKind::Int;
    int base = 10;
    std::string digits = text;
    if (radix) {
      char tag = static_cast<char>(text[1] | 0x20);
      base = tag == 'x' ? 16 : tag == 'o' ? 8 : 2;
      digits = text.substr(2);
    }
    for (char& ch : digits) ch = static_cast<char>(ch >= 'A' && ch <= 'F' ? ch + 32 : ch);
    size_t nz = digits.find_first_not_of('0');
    digits = nz == std::string::npos ? "0" : digits.substr(nz);
    c->base = static_cast<uint8_t>(base);
    c->digits = arena_.copy_string(digits);
    // Accumulate in unsigned 64-bit and check against INT64_MAX.
    uint64_t v = 0;
    bool fits = true;
    for (char ch : digits) {
      int d = ch <= '9' ? ch - '0' : ch - 'a' + 10;
      if (v > (static_cast<uint64_t>(INT64_MAX) - d) / base) {
        fits = false;
        break;
      }
      v = v * base + d;
    }
    c->int_fits = fits;
    c->int_value = fits ? static_cast<int64_t>(v) : 0;
  }
  return finish(c);
}

// ---------------------------------------------------------------- displays

Expr* Parser::paren_atom() {
  const Token& open = advance();
  enter_bracket();
  Expr* result;
  if (at(TokenKind::RPar)) {
    advance();
    Tuple* t = make<Tuple>(open);
    result = finish(t);
  } else if (at(TokenKind::KwYield)) {
    result = yield_expression();
    if (!at(TokenKind::RPar)) fail_generic();
    advance();
  } else {
    Expr* first = star_named_expression();
    if (at_comprehension()) {
      GeneratorExp* g = make<GeneratorExp>(open);
      if (first->kind == NodeKind::Starred) fail_node("iterable unpacking cannot be used in comprehension", first);
      g->elt = first;
      g->generators = comprehension_clauses();
      if (!at(TokenKind::RPar)) fail_generic();
      advance();
      result = finish(g);
    } else if (at(TokenKind::Comma)) {
      std::vector<Expr*> elts{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        Expr* e = star_named_expression();
        elts.push_back(e);
        if (!at(TokenKind::Comma) && !at(TokenKind::RPar)) fail_after(e);
      }
      if (!at(TokenKind::RPar)) fail_generic();
      advance();
      Tuple* t = make<Tuple>(open);
      t->elts = list(elts);
      result = finish(t);
    } else {
      if (!at(TokenKind::RPar)) {
        if (first->kind == NodeKind::Starred) fail_generic();
        fail_after(first);
      }
      if (first->kind == NodeKind::Starred) {
        // `(*a)` is only legal as part of a tuple.
        fail_node("cannot use starred expression here", first);
      }
      advance();
      result = first;
    }
  }
  leave_bracket();
  return result;
}

std::vector<Expr*> Parser::star_named_list(TokenKind close, bool* trailing_comma) {
  std::vector<Expr*> elts;
  *trailing_comma = false;
  while (!at(close)) {
    Expr* e = star_named_expression();
    elts.push_back(e);
    if (at(close)) break;
    if (!at(TokenKind::Comma)) fail_after(e);
    advance();
    *trailing_comma = true;
  }
  return elts;
}

Expr* Parser::list_atom() {
  const Token& open = advance();
  enter_bracket();
  Expr* result;
  if (at(TokenKind::RSqb)) {
    advance();
    result = finish(make<List>(open));
  } else {
    Expr* first = star_named_expression();
    if (at_comprehension()) {
      if (first->kind == NodeKind::Starred)
        fail_node("iterable unpacking cannot be used in comprehension", first);
      ListComp* lc = make<ListComp>(open);
      lc->elt = first;
      lc->generators = comprehension_clauses();
      if (!at(TokenKind::RSqb)) fail_generic();
      advance();
      result = finish(lc);
    } else {
      std::vector<Expr*> elts{first};
      if (!at(TokenKind::RSqb)) {
        if (!at(TokenKind::Comma)) fail_after(first);
        advance();
        bool trailing;
        for (Expr* e : star_named_list(TokenKind::RSqb, &trailing)) elts.push_back(e);
      }
      advance();
      List* l = make<List>(open);
      l->elts = list(elts);
      result = finish(l);
    }
  }
  leave_bracket();
  return result;
}

Expr* Parser::brace_atom() {
  const Token& open = advance();
  enter_bracket();
  Expr* result = nullptr;
  if (at(TokenKind::RBrace)) {
    advance();
    result = finish(make<Dict>(open));
    leave_bracket();
    return result;
  }
  Expr* first_key = nullptr;
  Expr* first_value = nullptr;
  Expr* first = nullptr;
  if (at(TokenKind::DoubleStar)) {
    advance();
    first_value = bitwise_or();
  } else {
    first = star_named_expression();
    if (at(TokenKind::Colon) && first->kind != NodeKind::Starred) {
      advance();
      first_key = first;
      first_value = expression();
    }
  }
  if (first_value) {  // dict display or comprehension
    if (first_key && at_comprehension()) {
      DictComp* dc = make<DictComp>(open);
      dc->key = first_key;
      dc->value = first_value;
      dc->generators = comprehension_clauses();
      if (!at(TokenKind::RBrace)) fail_generic();
      advance();
      result = finish(dc);
    } else {
      std::vector<Expr*> keys{first_key}, values{first_value};
      while (!at(TokenKind::RBrace)) {
        if (!at(TokenKind::Comma)) fail_after(values.back());
        advance();
        if (at(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
          keys.push_back(nullptr);
          values.push_back(bitwise_or());
          continue;
        }
        Expr* k = expression();
        if (!at(TokenKind::Colon)) {
          if (at(TokenKind::Comma) || at(TokenKind::RBrace))
            fail_at("':' expected after dictionary key", k->line, k->col, k->line, -2);
          fail_after(k);
        }
        advance();
        keys.push_back(k);
        values.push_back(expression());
      }
      advance();
      Dict* d = make<Dict>(open);
      d->keys = list(keys);
      d->values = list(values);
      result = finish(d);
    }
  } else if (at_comprehension()) {
    if (first->kind == NodeKind::Starred)
      fail_node("iterable unpacking cannot be used in comprehension", first);
    SetComp* sc = make<SetComp>(open);
    sc->elt = first;
    sc->generators = comprehension_clauses();
    if (!at(TokenKind::RBrace)) fail_generic();
    advance();
    result = finish(sc);
  } else {
    std::vector<Expr*> elts{first};
    if (!at(TokenKind::RBrace)) {
      if (!at(TokenKind::Comma)) fail_after(first);
      advance();
      bool trailing;
      for (Expr* e : star_named_list(TokenKind::RBrace, &trailing)) elts.push_back(e);
    }
    advance();
    Set* s = make<Set>(open);
    s->elts = list(elts);
    result = finish(s);
  }
  leave_bracket();
  return result;
}

// ---------------------------------------------------------------- comprehensions

bool Parser::at_comprehension() const {
  return at(TokenKind::KwFor) ||
         (at(TokenKind::KwAsync) && peek().kind == TokenKind::KwFor);
}

Expr* Parser::star_targets_for() {
  const Token& start_tok = tok();
  auto one = [&]() -> Expr* {
    if (at(TokenKind::Star)) {
      const Token& s = advance();
      Starred* st = make<Starred>(s);
      st->value = bitwise_or();
      return finish(st);
    }
    return bitwise_or();
  };
  Expr* first = one();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::KwIn)) break;
    elts.push_back(one());
  }
  Tuple* t = make<Tuple>(start_tok);
  t->elts = list(elts);
  return finish(t);
}

AstList<Comprehension*> Parser::comprehension_clauses() {
  std::vector<Comprehension*> gens;
  while (at_comprehension()) {
    const Token& start = tok();
    Comprehension* c = make<Comprehension>(start);
    if (accept(TokenKind::KwAsync)) c->is_async = true;
    advance();  // 'for'
    c->target = star_targets_for();
    set_context(c->target, ExprContext::Store, TargetUse::Comprehension);
    if (!at(TokenKind::KwIn)) fail_generic();
    advance();
    c->iter = disjunction();
    std::vector<Expr*> ifs;
    while (accept(TokenKind::KwIf)) ifs.push_back(disjunction());
    c->ifs = list(ifs);
    finish(c);
    gens.push_back(c);
  }
  return list(gens);
}

// ---------------------------------------------------------------- yield

Expr* Parser::yield_expression() {
  const Token& y = advance();
  if (accept(TokenKind::KwFrom)) {
    YieldFrom* yf = make<YieldFrom>(y);
    yf->value = expression();
    return finish(yf);
  }
  Yield* yl = make<Yield>(y);
  if (at_expression_start()) yl->value = star_expressions();
  return finish(yl);
}

}  // namespace tr::syntax
