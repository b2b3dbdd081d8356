// parse_targets.cpp — assignment/deletion targets and CPython's "did you
// mean" hints (src/syntax parser).  Targets are parsed as expressions and
// checked here, setting Store/Del contexts.

#include "syntax/keywords.h"
#include "syntax/parser.h"

namespace tr::syntax {

std::string Parser::expr_name(const Expr* e) {
  // Names that are keywords follow the spelling the user wrote.
  auto keyword = [e](std::string_view english) {
    std::string_view alias = e->hausa_keyword ? hausa_alias(english) : std::string_view();
    return std::string(alias.empty() ? english : alias);
  };
  switch (e->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return keyword("lambda");
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp: case NodeKind::BinOp: case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield: case NodeKind::YieldFrom: return keyword("yield") + " expression";
    case NodeKind::Await: return keyword("await") + " expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr: case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    case NodeKind::Slice: return "slice";
    case NodeKind::Constant:
      switch (cast<Constant>(e)->value_kind) {
        case ConstantKind::None: return keyword("None");
        case ConstantKind::True: return keyword("True");
        case ConstantKind::False: return keyword("False");
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    default: return "expression";
  }
}

// The first sub-expression that cannot be a target (CPython's
// _PyPegen_get_invalid_target), or null if `e` is a valid target.
const Expr* Parser::invalid_target(Expr* e, TargetUse use) {
  switch (e->kind) {
    case NodeKind::Name: case NodeKind::Attribute: case NodeKind::Subscript:
      return nullptr;
    case NodeKind::List:
      for (Expr* x : cast<List>(e)->elts)
        if (const Expr* bad = invalid_target(x, use)) return bad;
      return nullptr;
    case NodeKind::Tuple:
      for (Expr* x : cast<Tuple>(e)->elts)
        if (const Expr* bad = invalid_target(x, use)) return bad;
      return nullptr;
    case NodeKind::Starred:
      if (use == TargetUse::Del) return e;
      return invalid_target(cast<Starred>(e)->value, use);
    case NodeKind::Compare: {
      Compare* c = cast<Compare>(e);
      if (use == TargetUse::For && c->ops[0] == CmpOpKind::In) return invalid_target(c->left, use);
      return e;
    }
    default:
      return e;
  }
}

void Parser::set_context(Expr* e, ExprContext ctx, TargetUse use) {
  if (use == TargetUse::AugAssign) {
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
        e->kind != NodeKind::Subscript)
      fail_node(std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment", e);
  }
  if (use == TargetUse::Ann) {
    if (e->kind == NodeKind::Tuple || e->kind == NodeKind::List)
      fail_node(std::string("only single target (not ") + expr_name(e) + ") can be annotated", e);
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
        e->kind != NodeKind::Subscript)
      fail_node("illegal target for annotation", e);
  }
  if (const Expr* bad = invalid_target(e, use)) {
    if (bad->kind == NodeKind::Yield || bad->kind == NodeKind::YieldFrom) {
      if (use == TargetUse::Assign || use == TargetUse::AssignChain)
        fail_node("assignment to " + expr_name(bad) + " not possible", bad);
    }
    const char* verb = use == TargetUse::Del ? "cannot delete " : "cannot assign to ";
    fail_node(std::string(verb) + expr_name(bad), bad);
  }
  // Valid: set the context recursively.
  switch (e->kind) {
    case NodeKind::Name: cast<Name>(e)->ctx = ctx; break;
    case NodeKind::Attribute: cast<Attribute>(e)->ctx = ctx; break;
    case NodeKind::Subscript: cast<Subscript>(e)->ctx = ctx; break;
    case NodeKind::Starred:
      cast<Starred>(e)->ctx = ctx;
      set_context(cast<Starred>(e)->value, ctx, use);
      break;
    case NodeKind::List:
      cast<List>(e)->ctx = ctx;
      for (Expr* x : cast<List>(e)->elts) set_context(x, ctx, use);
      break;
    case NodeKind::Tuple:
      cast<Tuple>(e)->ctx = ctx;
      for (Expr* x : cast<Tuple>(e)->elts) set_context(x, ctx, use);
      break;
    default:
      break;
  }
}

// Called when the token after expression `a` cannot continue the construct.
// Mirrors CPython's invalid_legacy_expression and invalid_expression rules.
void Parser::fail_after(Expr* a) {
  if (at(TokenKind::Error)) fail_generic();
  auto is_legacy = [](const Expr* e) {
    const Name* n = as<Name>(e);
    return n && (n->id == "print" || n->id == "exec");
  };
  if (at_expression_start() && !at(TokenKind::LPar) && is_legacy(a) && prev().text == as<Name>(a)->id) {
    size_t save = pos_;
    int depth = depth_, brackets = bracket_depth_;
    Expr* b = nullptr;
    try {
      b = star_expressions();
    } catch (ParseFailure&) {
      error_.reset();
    }
    if (b) {
      std::string id(as<Name>(a)->id);
      fail_range("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", a, b);
    }
    pos_ = save, depth_ = depth, bracket_depth_ = brackets;
  }
  bool soft = false;
  if (const Name* n = as<Name>(a)) {
    bool hausa_soft =
        opts_.hausa_keywords && (n->id == hausa_alias("match") || n->id == hausa_alias("case"));
    soft = n->id == "match" || n->id == "case" || n->id == "_" || hausa_soft;
  }
  if (bracket_depth_ > 0 && at_expression_start() && !at(TokenKind::Star) &&
      !(a->kind == NodeKind::Name && at(TokenKind::String)) && !soft &&
      a->kind != NodeKind::IfExp && a->kind != NodeKind::Lambda &&
      a->kind != NodeKind::NamedExpr && a->kind != NodeKind::Starred && !is_legacy(a)) {
    size_t save = pos_;
    size_t furthest = furthest_;
    int depth = depth_, brackets = bracket_depth_;
    Expr* b = nullptr;
    try {
      b = expression();
    } catch (ParseFailure&) {
      error_.reset();
    }
    if (b) fail_range("invalid syntax. Perhaps you forgot a comma?", a, b);
    pos_ = save, depth_ = depth, bracket_depth_ = brackets;
    furthest_ = furthest;
  }
  fail_generic();
}

}  // namespace tr::syntax
