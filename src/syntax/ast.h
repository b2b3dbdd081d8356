// ast.h — the plain C++ abstract syntax tree produced by the parser (syntax/)
// and consumed by the compiler.  Same shape and field names as CPython 3.11's
// `ast` module, so the language reference doubles as documentation.
//
// FOR THE COMPILER ENGINEER — how to read this tree:
//  * Ownership: every node, list and identifier lives in the `Arena` passed
//    to parse().  Nothing is freed individually; drop the Arena to drop the
//    tree.  Never keep pointers past the Arena's lifetime.
//  * Nodes are plain structs (no virtuals).  Each has `kind` (NodeKind) and a
//    source range: line/end_line 1-based, col/end_col 0-based UTF-8 byte
//    offsets, exactly CPython's lineno/col_offset/end_lineno/end_col_offset.
//  * Dispatch on `kind`; downcast with `as<T>(node)` (returns null if the kind
//    differs) or `cast<T>(node)` (asserts).  Every concrete struct has a
//    `static constexpr NodeKind kKind`.
//  * Child lists are `AstList<T>` (pointer + count): `for (Expr* e : call->args)`,
//    `list.size()`, `list[i]`.  An empty list has data == nullptr.
//  * Optional children are null pointers.  Optional identifiers are empty
//    string_views (identifiers are never empty), e.g. `Keyword::arg.empty()`
//    means `**kwargs`, `ImportFrom::module.empty()` means `from . import x`.
//  * Differences from Python's ast, on purpose:
//      - the expression statement is `ExprStmt` (Expr is the base type);
//      - AsyncFunctionDef/AsyncFor/AsyncWith are FunctionDef/For/With with
//        `is_async = true`; TryStar is Try with `is_star = true`;
//      - Module carries the parse mode: File/Single use `body`, Eval uses
//        `expression` (CPython's Module / Interactive / Expression);
//      - Constant stores its value in typed fields (see Constant below).
//    dump() prints the CPython names (AsyncFor, TryStar, Expr, ...).
//  * Member names are unsuffixed (no trailing `_`) because these are plain
//    data records mirroring Python's ast, not classes with invariants.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "syntax/arena.h"

namespace tr::syntax {

// ---------------------------------------------------------------- enums

enum class NodeKind : uint8_t {
#define TR_AST_NODE(cat, name) name,
#include "syntax/ast.def"
#undef TR_AST_NODE
};

enum class BoolOpKind : uint8_t {
#define TR_AST_BOOLOP(name, s) name,
#include "syntax/ast.def"
#undef TR_AST_BOOLOP
};

enum class BinOpKind : uint8_t {
#define TR_AST_BINOP(name, s) name,
#include "syntax/ast.def"
#undef TR_AST_BINOP
};

enum class UnaryOpKind : uint8_t {
#define TR_AST_UNARYOP(name, s) name,
#include "syntax/ast.def"
#undef TR_AST_UNARYOP
};

enum class CmpOpKind : uint8_t {
#define TR_AST_CMPOP(name, s) name,
#include "syntax/ast.def"
#undef TR_AST_CMPOP
};

enum class ExprContext : uint8_t { Load, Store, Del };

enum class ConstantKind : uint8_t {
  None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes
};

enum class ModuleKind : uint8_t { File, Eval, Single };

// Names for printing ("BinOp", "Add", "+", ...).  Defined in ast.cpp.
const char* node_kind_name(NodeKind k);
const char* bool_op_name(BoolOpKind k);
const char* bin_op_name(BinOpKind k);
const char* bin_op_symbol(BinOpKind k);
const char* unary_op_name(UnaryOpKind k);
const char* cmp_op_name(CmpOpKind k);
const char* cmp_op_symbol(CmpOpKind k);
const char* expr_context_name(ExprContext c);

// ---------------------------------------------------------------- lists

// A read-only arena array: pointer + count.  Built by the parser with
// Arena::copy_array; trivially copyable so nodes stay trivial.
template <class T>
struct AstList {
  T* data = nullptr;
  uint32_t count = 0;

  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  T* begin() const { return data; }
  T* end() const { return data + count; }
  T& operator[](size_t i) const { assert(i < count); return data[i]; }
};

// ---------------------------------------------------------------- bases

struct Node {
  NodeKind kind;
  // The keyword token that starts this node (`return` of a Return, `True` of
  // a Constant, ...) was written as its Hausa alias (.tr files), so messages
  // that quote it say "'maido' outside function".  Fits in the padding after
  // `kind`; always false for Python source.
  bool hausa_keyword = false;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  explicit Node(NodeKind k) : kind(k) {}
};

struct Expr : Node { using Node::Node; };
struct Stmt : Node { using Node::Node; };
struct Pattern : Node { using Node::Node; };

template <class T>
T* as(Node* n) { return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr; }
template <class T>
const T* as(const Node* n) { return n && n->kind == T::kKind ? static_cast<const T*>(n) : nullptr; }
template <class T>
T* cast(Node* n) { assert(n && n->kind == T::kKind); return static_cast<T*>(n); }
template <class T>
const T* cast(const Node* n) { assert(n && n->kind == T::kKind); return static_cast<const T*>(n); }

#define TR_AST_KIND(name)                                   \
  static constexpr NodeKind kKind = NodeKind::name;         \
  name() : Base(NodeKind::name) {}

// ---------------------------------------------------------------- aux records

struct Arg : Node {
  using Base = Node;
  TR_AST_KIND(Arg)
  std::string_view arg;
  Expr* annotation = nullptr;
};

// Same layout as ast.arguments: `defaults` pairs with the LAST entries of
// posonlyargs+args; kw_defaults has one slot per kwonlyarg (null = required).
struct Arguments : Node {
  using Base = Node;
  TR_AST_KIND(Arguments)
  AstList<Arg*> posonlyargs;
  AstList<Arg*> args;
  Arg* vararg = nullptr;
  AstList<Arg*> kwonlyargs;
  AstList<Expr*> kw_defaults;
  Arg* kwarg = nullptr;
  AstList<Expr*> defaults;
};

struct Keyword : Node {  // `arg=value`, or `**value` when arg is empty
  using Base = Node;
  TR_AST_KIND(Keyword)
  std::string_view arg;
  Expr* value = nullptr;
};

struct Alias : Node {  // `name as asname` in imports; name may be dotted or "*"
  using Base = Node;
  TR_AST_KIND(Alias)
  std::string_view name;
  std::string_view asname;
};

struct WithItem : Node {
  using Base = Node;
  TR_AST_KIND(WithItem)
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct MatchCase : Node {
  using Base = Node;
  TR_AST_KIND(MatchCase)
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  AstList<Stmt*> body;
};

struct ExceptHandler : Node {
  using Base = Node;
  TR_AST_KIND(ExceptHandler)
  Expr* type = nullptr;
  std::string_view name;
  AstList<Stmt*> body;
};

struct Comprehension : Node {
  using Base = Node;
  TR_AST_KIND(Comprehension)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  AstList<Expr*> ifs;
  bool is_async = false;
};

// ---------------------------------------------------------------- expressions

struct BoolOp : Expr {
  using Base = Expr;
  TR_AST_KIND(BoolOp)
  BoolOpKind op = BoolOpKind::And;
  AstList<Expr*> values;  // two or more
};

struct NamedExpr : Expr {
  using Base = Expr;
  TR_AST_KIND(NamedExpr)
  Expr* target = nullptr;  // always a Name with ctx Store
  Expr* value = nullptr;
};

struct BinOp : Expr {
  using Base = Expr;
  TR_AST_KIND(BinOp)
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
};

struct UnaryOp : Expr {
  using Base = Expr;
  TR_AST_KIND(UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};

struct Lambda : Expr {
  using Base = Expr;
  TR_AST_KIND(Lambda)
  Arguments* args = nullptr;
  Expr* body = nullptr;
};

struct IfExp : Expr {
  using Base = Expr;
  TR_AST_KIND(IfExp)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

struct Dict : Expr {
  using Base = Expr;
  TR_AST_KIND(Dict)
  AstList<Expr*> keys;  // a null key means `**values[i]`
  AstList<Expr*> values;
};

struct Set : Expr {
  using Base = Expr;
  TR_AST_KIND(Set)
  AstList<Expr*> elts;
};

struct ListComp : Expr {
  using Base = Expr;
  TR_AST_KIND(ListComp)
  Expr* elt = nullptr;
  AstList<Comprehension*> generators;
};

struct SetComp : Expr {
  using Base = Expr;
  TR_AST_KIND(SetComp)
  Expr* elt = nullptr;
  AstList<Comprehension*> generators;
};

struct DictComp : Expr {
  using Base = Expr;
  TR_AST_KIND(DictComp)
  Expr* key = nullptr;
  Expr* value = nullptr;
  AstList<Comprehension*> generators;
};

struct GeneratorExp : Expr {
  using Base = Expr;
  TR_AST_KIND(GeneratorExp)
  Expr* elt = nullptr;
  AstList<Comprehension*> generators;
};

struct Await : Expr {
  using Base = Expr;
  TR_AST_KIND(Await)
  Expr* value = nullptr;
};

struct Yield : Expr {
  using Base = Expr;
  TR_AST_KIND(Yield)
  Expr* value = nullptr;  // null for a bare `yield`
};

struct YieldFrom : Expr {
  using Base = Expr;
  TR_AST_KIND(YieldFrom)
  Expr* value = nullptr;
};

struct Compare : Expr {
  using Base = Expr;
  TR_AST_KIND(Compare)
  Expr* left = nullptr;
  AstList<CmpOpKind> ops;        // ops.size() == comparators.size()
  AstList<Expr*> comparators;
};

struct Call : Expr {
  using Base = Expr;
  TR_AST_KIND(Call)
  Expr* func = nullptr;
  AstList<Expr*> args;           // may contain Starred for *args
  AstList<Keyword*> keywords;    // Keyword with empty arg for **kwargs
};

// One `{value!conversion:format_spec}` field of an f-string.
struct FormattedValue : Expr {
  using Base = Expr;
  TR_AST_KIND(FormattedValue)
  Expr* value = nullptr;
  int conversion = -1;           // -1 (none), 's', 'r' or 'a'
  Expr* format_spec = nullptr;   // a JoinedStr, or null
};

// An f-string (after implicit concatenation): values are Constant(Str) and
// FormattedValue nodes in order.  `f"{x=}"` yields Constant("x=") followed
// by FormattedValue(conversion 'r' unless a spec/conversion was given).
struct JoinedStr : Expr {
  using Base = Expr;
  TR_AST_KIND(JoinedStr)
  AstList<Expr*> values;
};

// A literal.  Which fields are meaningful depends on `value_kind`:
//   Int:       `digits` is the literal's digits in `base` (2, 8, 10 or 16)
//              with prefix and underscores removed (lowercase for hex), e.g.
//              0xFF_FF -> digits "ffff", base 16.  `int_fits` says whether
//              the value also fits in int64 `int_value` (ints are never
//              negative here: `-5` is UnaryOp(USub, 5)).
//   Float, Imaginary: `float_value` (strtod of the underscore-free text);
//              Imaginary holds the imaginary part.
//   Str:       `str_value`, decoded UTF-8; lone surrogates from \ud800-style
//              escapes are encoded as WTF-8 (3 bytes, ED A0 80..ED BF BF).
//              `u_prefix` is CPython's kind='u'.
//   Bytes:     `str_value` holds the raw bytes.
//   None/True/False/Ellipsis: no payload.
struct Constant : Expr {
  using Base = Expr;
  TR_AST_KIND(Constant)
  ConstantKind value_kind = ConstantKind::None;
  bool int_fits = false;
  bool u_prefix = false;
  uint8_t base = 10;
  int64_t int_value = 0;
  double float_value = 0.0;
  std::string_view digits;
  std::string_view str_value;
};

struct Attribute : Expr {
  using Base = Expr;
  TR_AST_KIND(Attribute)
  Expr* value = nullptr;
  std::string_view attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr {
  using Base = Expr;
  TR_AST_KIND(Subscript)
  Expr* value = nullptr;
  Expr* slice = nullptr;  // an Expr, a Slice, or a Tuple containing Slices
  ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {
  using Base = Expr;
  TR_AST_KIND(Starred)
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
  using Base = Expr;
  TR_AST_KIND(Name)
  std::string_view id;
  ExprContext ctx = ExprContext::Load;
};

struct List : Expr {
  using Base = Expr;
  TR_AST_KIND(List)
  AstList<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
  using Base = Expr;
  TR_AST_KIND(Tuple)
  AstList<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Slice : Expr {  // only directly inside Subscript::slice (or its Tuple)
  using Base = Expr;
  TR_AST_KIND(Slice)
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------- statements

struct FunctionDef : Stmt {  // also AsyncFunctionDef (is_async)
  using Base = Stmt;
  TR_AST_KIND(FunctionDef)
  std::string_view name;
  Arguments* args = nullptr;
  AstList<Stmt*> body;
  AstList<Expr*> decorator_list;
  Expr* returns = nullptr;
  bool is_async = false;
};

struct ClassDef : Stmt {
  using Base = Stmt;
  TR_AST_KIND(ClassDef)
  std::string_view name;
  AstList<Expr*> bases;
  AstList<Keyword*> keywords;
  AstList<Stmt*> body;
  AstList<Expr*> decorator_list;
};

struct Return : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Return)
  Expr* value = nullptr;
};

struct Delete : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Delete)
  AstList<Expr*> targets;  // ctx Del
};

struct Assign : Stmt {  // `a = b = value`: targets [a, b]
  using Base = Stmt;
  TR_AST_KIND(Assign)
  AstList<Expr*> targets;
  Expr* value = nullptr;
};

struct AugAssign : Stmt {
  using Base = Stmt;
  TR_AST_KIND(AugAssign)
  Expr* target = nullptr;  // Name, Attribute or Subscript with ctx Store
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
};

struct AnnAssign : Stmt {
  using Base = Stmt;
  TR_AST_KIND(AnnAssign)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;  // target is a bare Name, not parenthesised
};

struct For : Stmt {  // also AsyncFor (is_async)
  using Base = Stmt;
  TR_AST_KIND(For)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  AstList<Stmt*> body;
  AstList<Stmt*> orelse;
  bool is_async = false;
};

struct While : Stmt {
  using Base = Stmt;
  TR_AST_KIND(While)
  Expr* test = nullptr;
  AstList<Stmt*> body;
  AstList<Stmt*> orelse;
};

struct If : Stmt {  // `elif` is a nested If as the only statement of orelse
  using Base = Stmt;
  TR_AST_KIND(If)
  Expr* test = nullptr;
  AstList<Stmt*> body;
  AstList<Stmt*> orelse;
};

struct With : Stmt {  // also AsyncWith (is_async)
  using Base = Stmt;
  TR_AST_KIND(With)
  AstList<WithItem*> items;
  AstList<Stmt*> body;
  bool is_async = false;
};

struct Match : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Match)
  Expr* subject = nullptr;
  AstList<MatchCase*> cases;
};

struct Raise : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Raise)
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};

struct Try : Stmt {  // also TryStar (is_star: `except*` handlers)
  using Base = Stmt;
  TR_AST_KIND(Try)
  AstList<Stmt*> body;
  AstList<ExceptHandler*> handlers;
  AstList<Stmt*> orelse;
  AstList<Stmt*> finalbody;
  bool is_star = false;
};

struct Assert : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Assert)
  Expr* test = nullptr;
  Expr* msg = nullptr;
};

struct Import : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Import)
  AstList<Alias*> names;
};

struct ImportFrom : Stmt {
  using Base = Stmt;
  TR_AST_KIND(ImportFrom)
  std::string_view module;  // empty for `from . import x`
  AstList<Alias*> names;
  int level = 0;            // number of leading dots
};

struct Global : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Global)
  AstList<std::string_view> names;
};

struct Nonlocal : Stmt {
  using Base = Stmt;
  TR_AST_KIND(Nonlocal)
  AstList<std::string_view> names;
};

struct ExprStmt : Stmt {  // Python's ast.Expr
  using Base = Stmt;
  TR_AST_KIND(ExprStmt)
  Expr* value = nullptr;
};

struct Pass : Stmt { using Base = Stmt; TR_AST_KIND(Pass) };
struct Break : Stmt { using Base = Stmt; TR_AST_KIND(Break) };
struct Continue : Stmt { using Base = Stmt; TR_AST_KIND(Continue) };

// ---------------------------------------------------------------- patterns

struct MatchValue : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchValue)
  Expr* value = nullptr;  // literal, signed number, complex, or dotted Attribute
};

struct MatchSingleton : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchSingleton)
  ConstantKind value = ConstantKind::None;  // None, True or False
};

struct MatchSequence : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchSequence)
  AstList<Pattern*> patterns;
};

struct MatchMapping : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchMapping)
  AstList<Expr*> keys;
  AstList<Pattern*> patterns;
  std::string_view rest;  // `**rest`, empty if absent
};

struct MatchClass : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchClass)
  Expr* cls = nullptr;
  AstList<Pattern*> patterns;
  AstList<std::string_view> kwd_attrs;
  AstList<Pattern*> kwd_patterns;
};

struct MatchStar : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchStar)
  std::string_view name;  // empty for `*_`
};

struct MatchAs : Pattern {  // `p as name`, bare `name`, or `_` (both empty)
  using Base = Pattern;
  TR_AST_KIND(MatchAs)
  Pattern* pattern = nullptr;
  std::string_view name;
};

struct MatchOr : Pattern {
  using Base = Pattern;
  TR_AST_KIND(MatchOr)
  AstList<Pattern*> patterns;
};

// ---------------------------------------------------------------- module

struct Module : Node {
  using Base = Node;
  TR_AST_KIND(Module)
  ModuleKind mode = ModuleKind::File;
  AstList<Stmt*> body;          // File and Single modes
  Expr* expression = nullptr;   // Eval mode
};

#undef TR_AST_KIND

}  // namespace tr::syntax
