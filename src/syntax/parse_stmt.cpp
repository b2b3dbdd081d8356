// parse_stmt.cpp — statement grammar of the parser (src/syntax): blocks,
// simple statements (assignments, imports, ...) and compound statements.
// Function/class headers live in parse_def.cpp, match in parse_pattern.cpp.

#include "syntax/parser.h"

namespace tr::syntax {

// ---------------------------------------------------------------- blocks

AstList<Stmt*> Parser::statements_until(TokenKind end) {
  std::vector<Stmt*> out;
  while (!at(end)) statement(out);
  return list(out);
}

void Parser::statement(std::vector<Stmt*>& out) {
  if (Stmt* s = compound_statement()) {
    out.push_back(s);
    return;
  }
  simple_statements(out);
}

// The token an "expected ..." error points at: the current token, or the
// last NEWLINE when the input ended (CPython reports the last real token).
static const Token& report_token(const std::vector<Token>& tokens, size_t pos) {
  size_t i = pos;
  while (i > 0 && (tokens[i].kind == TokenKind::EndMarker || tokens[i].kind == TokenKind::Dedent))
    --i;
  return tokens[i];
}

AstList<Stmt*> Parser::block(const char* what, int line, const Token* written) {
  if (!at(TokenKind::Newline)) {
    std::vector<Stmt*> out;
    simple_statements(out);
    return list(out);
  }
  advance();
  if (!at(TokenKind::Indent)) {
    if (at(TokenKind::Error)) fail_generic();
    const Token& t = report_token(tokens_, pos_);
    std::string owner = what;
    if (written) {  // the quoted keyword as written: 'idan' statement
      size_t end = owner.find_first_not_of("abcdefghijklmnopqrstuvwxyz", 1);
      owner.replace(1, end - 1, written->text);
    }
    std::string msg =
        "expected an indented block after " + owner + " on line " + std::to_string(line);
    bool eof = &t != &tok();
    fail_at(msg, t.line, t.col, t.end_line, eof ? -1 : t.end_col, "IndentationError");
  }
  advance();
  enter();
  std::vector<Stmt*> out;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) statement(out);
  accept(TokenKind::Dedent);
  leave();
  return list(out);
}

void Parser::simple_statements(std::vector<Stmt*>& out) {
  Stmt* s = simple_statement();
  out.push_back(s);
  while (accept(TokenKind::Semi)) {
    if (at(TokenKind::Newline)) break;
    s = simple_statement();
    out.push_back(s);
  }
  if (!at(TokenKind::Newline)) {
    if (auto* e = as<ExprStmt>(s); e && at(TokenKind::ColonEqual))
      fail_node(std::string("cannot use assignment expressions with ") + expr_name(e->value), e->value);
    Expr* last = nullptr;
    if (auto* e = as<ExprStmt>(s)) last = e->value;
    if (auto* a = as<Assign>(s)) last = a->value;
    if (auto* r = as<Return>(s)) last = r->value;
    if (last) fail_after(last);
    fail_generic();
  }
  advance();
}

// ---------------------------------------------------------------- simple

Stmt* Parser::simple_statement() {
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::KwPass: advance(); return finish(make<Pass>(t));
    case TokenKind::KwBreak: advance(); return finish(make<Break>(t));
    case TokenKind::KwContinue: advance(); return finish(make<Continue>(t));
    case TokenKind::KwReturn: return return_statement();
    case TokenKind::KwRaise: return raise_statement();
    case TokenKind::KwGlobal: return global_statement(false);
    case TokenKind::KwNonlocal: return global_statement(true);
    case TokenKind::KwDel: return del_statement();
    case TokenKind::KwAssert: return assert_statement();
    case TokenKind::KwImport: return import_statement();
    case TokenKind::KwFrom: return from_import_statement();
    default: return expression_statement();
  }
}

static bool is_bitwise_or_like(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Compare: case NodeKind::BoolOp: case NodeKind::IfExp: case NodeKind::Lambda:
    case NodeKind::NamedExpr: case NodeKind::Starred: case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return false;
    case NodeKind::UnaryOp:
      return cast<UnaryOp>(e)->op != UnaryOpKind::Not;
    default:
      return true;
  }
}

static bool is_unparenthesized_tuple(const Expr* e) {
  const Tuple* t = as<Tuple>(e);
  return t && !t->elts.empty() && t->elts[0]->line == t->line && t->elts[0]->col == t->col;
}

Stmt* Parser::expression_statement() {
  const Token& start = tok();
  Expr* e = yield_or_star_expressions();
  if (at(TokenKind::Equal)) {
    std::vector<Expr*> targets{e};
    Expr* value = nullptr;
    while (accept(TokenKind::Equal)) {
      Expr* v = yield_or_star_expressions();
      if (at(TokenKind::Equal)) targets.push_back(v);
      else value = v;
    }
    if (targets.size() == 1) {
      // CPython's invalid_named_expression: `f() = 1` gets a "here" hint.
      Expr* first_value = value;
      if (is_unparenthesized_tuple(value)) first_value = cast<Tuple>(value)->elts[0];
      Expr* bad = const_cast<Expr*>(invalid_target(e, TargetUse::Assign));
      bool top = bad == e;
      if (bad && !top && is_unparenthesized_tuple(e))
        for (Expr* x : cast<Tuple>(e)->elts) top = top || x == bad;
      bool excluded = bad && (bad->kind == NodeKind::List || bad->kind == NodeKind::Tuple ||
                              bad->kind == NodeKind::GeneratorExp ||
                              (bad->kind == NodeKind::Constant &&
                               (cast<Constant>(bad)->value_kind == ConstantKind::True ||
                                cast<Constant>(bad)->value_kind == ConstantKind::False ||
                                cast<Constant>(bad)->value_kind == ConstantKind::None)));
      if (bad && top && !excluded && is_bitwise_or_like(first_value) &&
          bad->kind != NodeKind::Starred && bad->kind != NodeKind::Yield &&
          bad->kind != NodeKind::YieldFrom)
        fail_node(std::string("cannot assign to ") + expr_name(bad) +
                      " here. Maybe you meant '==' instead of '='?",
                  bad);
    }
    for (Expr* t : targets) set_context(t, ExprContext::Store, TargetUse::Assign);
    Assign* a = make<Assign>(start);
    a->targets = list(targets);
    a->value = value;
    return finish(a);
  }
  BinOpKind op;
  bool aug = true;
  switch (tok().kind) {
    case TokenKind::PlusEqual: op = BinOpKind::Add; break;
    case TokenKind::MinusEqual: op = BinOpKind::Sub; break;
    case TokenKind::StarEqual: op = BinOpKind::Mult; break;
    case TokenKind::AtEqual: op = BinOpKind::MatMult; break;
    case TokenKind::SlashEqual: op = BinOpKind::Div; break;
    case TokenKind::PercentEqual: op = BinOpKind::Mod; break;
    case TokenKind::AmperEqual: op = BinOpKind::BitAnd; break;
    case TokenKind::VBarEqual: op = BinOpKind::BitOr; break;
    case TokenKind::CircumflexEqual: op = BinOpKind::BitXor; break;
    case TokenKind::LeftShiftEqual: op = BinOpKind::LShift; break;
    case TokenKind::RightShiftEqual: op = BinOpKind::RShift; break;
    case TokenKind::DoubleStarEqual: op = BinOpKind::Pow; break;
    case TokenKind::DoubleSlashEqual: op = BinOpKind::FloorDiv; break;
    default: aug = false; op = BinOpKind::Add; break;
  }
  if (aug) {
    set_context(e, ExprContext::Store, TargetUse::AugAssign);
    advance();
    AugAssign* a = make<AugAssign>(start);
    a->target = e;
    a->op = op;
    a->value = yield_or_star_expressions();
    return finish(a);
  }
  if (at(TokenKind::Colon)) {
    set_context(e, ExprContext::Store, TargetUse::Ann);
    advance();
    AnnAssign* a = make<AnnAssign>(start);
    a->target = e;
    a->simple = e->kind == NodeKind::Name && start.kind != TokenKind::LPar;
    a->annotation = expression();
    if (accept(TokenKind::Equal)) a->value = yield_or_star_expressions();
    return finish(a);
  }
  ExprStmt* s = make<ExprStmt>(start);
  s->value = e;
  return finish(s);
}

Stmt* Parser::return_statement() {
  const Token& t = advance();
  Return* r = make<Return>(t);
  if (at_expression_start()) r->value = star_expressions();
  return finish(r);
}

Stmt* Parser::raise_statement() {
  const Token& t = advance();
  Raise* r = make<Raise>(t);
  if (at_expression_start()) {
    r->exc = expression();
    if (accept(TokenKind::KwFrom)) r->cause = expression();
  }
  return finish(r);
}

Stmt* Parser::global_statement(bool nonlocal) {
  const Token& t = advance();
  std::vector<std::string_view> names;
  do {
    if (!at(TokenKind::Name)) fail_generic();
    names.push_back(ident(advance()));
  } while (accept(TokenKind::Comma));
  if (nonlocal) {
    Nonlocal* n = make<Nonlocal>(t);
    n->names = list(names);
    return finish(n);
  }
  Global* g = make<Global>(t);
  g->names = list(names);
  return finish(g);
}

Stmt* Parser::del_statement() {
  const Token& t = advance();
  Delete* d = make<Delete>(t);
  std::vector<Expr*> targets;
  do {
    if (at(TokenKind::Newline) || at(TokenKind::Semi)) {
      if (targets.empty()) fail_generic();
      break;
    }
    Expr* e = star_expression();
    set_context(e, ExprContext::Del, TargetUse::Del);
    targets.push_back(e);
  } while (accept(TokenKind::Comma));
  d->targets = list(targets);
  return finish(d);
}

Stmt* Parser::assert_statement() {
  const Token& t = advance();
  Assert* a = make<Assert>(t);
  a->test = expression();
  if (accept(TokenKind::Comma)) a->msg = expression();
  return finish(a);
}

// ---------------------------------------------------------------- imports

std::string_view Parser::dotted_name() {
  if (!at(TokenKind::Name)) fail_generic();
  std::string name(advance().text);
  while (at(TokenKind::Dot)) {
    advance();
    if (!at(TokenKind::Name)) fail_generic();
    name += '.';
    name += advance().text;
  }
  return arena_.copy_string(name);
}

Stmt* Parser::import_statement() {
  const Token& t = advance();
  Import* imp = make<Import>(t);
  std::vector<Alias*> names;
  do {
    const Token& s = tok();
    Alias* a = make<Alias>(s);
    a->name = dotted_name();
    if (accept(TokenKind::KwAs)) {
      if (!at(TokenKind::Name)) fail_generic();
      a->asname = ident(advance());
    }
    names.push_back(finish(a));
  } while (accept(TokenKind::Comma));
  imp->names = list(names);
  return finish(imp);
}

Stmt* Parser::from_import_statement() {
  const Token& t = advance();
  ImportFrom* imp = make<ImportFrom>(t);
  int level = 0;
  while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) level += at(TokenKind::Dot) ? (advance(), 1) : (advance(), 3);
  imp->level = level;
  if (!at(TokenKind::KwImport) || level == 0) imp->module = dotted_name();
  expect(TokenKind::KwImport);
  std::vector<Alias*> names;
  if (at(TokenKind::Star)) {
    const Token& s = advance();
    Alias* a = make<Alias>(s);
    a->name = arena_.copy_string("*");
    names.push_back(finish(a));
  } else {
    bool paren = accept(TokenKind::LPar);
    if (paren) ++bracket_depth_;
    while (true) {
      if (!at(TokenKind::Name)) fail_generic();
      const Token& s = advance();
      Alias* a = make<Alias>(s);
      a->name = ident(s);
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) fail_generic();
        a->asname = ident(advance());
      }
      names.push_back(finish(a));
      if (!accept(TokenKind::Comma)) break;
      if (paren && at(TokenKind::RPar)) break;
      if (!paren && at(TokenKind::Newline))
        fail_token("trailing comma not allowed without surrounding parentheses", tok());
    }
    if (paren) {
      expect(TokenKind::RPar);
      --bracket_depth_;
    }
  }
  imp->names = list(names);
  return finish(imp);
}

}  // namespace tr::syntax
