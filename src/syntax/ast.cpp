// ast.cpp — printable names for the enumerations of ast.def (src/syntax).

#include "syntax/ast.h"

namespace tr::syntax {

const char* node_kind_name(NodeKind k) {
  static const char* kNames[] = {
#define TR_AST_NODE(cat, name) #name,
#include "syntax/ast.def"
#undef TR_AST_NODE
  };
  return kNames[static_cast<int>(k)];
}

const char* bool_op_name(BoolOpKind k) {
  static const char* kNames[] = {
#define TR_AST_BOOLOP(name, s) #name,
#include "syntax/ast.def"
#undef TR_AST_BOOLOP
  };
  return kNames[static_cast<int>(k)];
}

const char* bin_op_name(BinOpKind k) {
  static const char* kNames[] = {
#define TR_AST_BINOP(name, s) #name,
#include "syntax/ast.def"
#undef TR_AST_BINOP
  };
  return kNames[static_cast<int>(k)];
}

const char* bin_op_symbol(BinOpKind k) {
  static const char* kNames[] = {
#define TR_AST_BINOP(name, s) s,
#include "syntax/ast.def"
#undef TR_AST_BINOP
  };
  return kNames[static_cast<int>(k)];
}

const char* unary_op_name(UnaryOpKind k) {
  static const char* kNames[] = {
#define TR_AST_UNARYOP(name, s) #name,
#include "syntax/ast.def"
#undef TR_AST_UNARYOP
  };
  return kNames[static_cast<int>(k)];
}

const char* cmp_op_name(CmpOpKind k) {
  static const char* kNames[] = {
#define TR_AST_CMPOP(name, s) #name,
#include "syntax/ast.def"
#undef TR_AST_CMPOP
  };
  return kNames[static_cast<int>(k)];
}

const char* cmp_op_symbol(CmpOpKind k) {
  static const char* kNames[] = {
#define TR_AST_CMPOP(name, s) s,
#include "syntax/ast.def"
#undef TR_AST_CMPOP
  };
  return kNames[static_cast<int>(k)];
}

const char* expr_context_name(ExprContext c) {
  switch (c) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}

}  // namespace tr::syntax
