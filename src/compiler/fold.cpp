// fold.cpp — constants and constant folding (compiler/): turns literal AST
// nodes into Values, and evaluates operators on constants at compile time
// when the runtime result is certain, cheap and small. Anything that might
// raise is left for run time.
#include <gmp.h>

#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

// CPython's limits for folded results (ast_opt.c): keep .pyc-sized constants.
constexpr size_t kMaxIntBits = 128;
constexpr size_t kMaxCollection = 256;
constexpr size_t kMaxStr = 4096;

bool is_foldable_type(Value v) {
  if (v.is_none() || v.is_bool() || v.is_ellipsis() || v.is_int() || v.is_double()) return true;
  Type* t = type_of(v);
  if (t == &int_type || t == &str_type || t == &bytes_type || t == &complex_type) return true;
  if (t == &tuple_type || t == &frozenset_type) return true;
  return false;
}

bool is_exact_number(Value v) {
  if (v.is_int() || v.is_double() || v.is_bool()) return true;
  Type* t = type_of(v);
  return t == &int_type || t == &complex_type;
}

bool is_int_value(Value v) {
  return v.is_int() || v.is_bool() || (v.is_object() && type_of(v) == &int_type);
}

size_t int_bits(Value v) {
  int64_t i;
  if (int_to_i64(v, &i)) {
    uint64_t m = i < 0 ? static_cast<uint64_t>(-(i + 1)) + 1 : static_cast<uint64_t>(i);
    size_t n = 0;
    while (m) {
      ++n;
      m >>= 1;
    }
    return n;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  size_t n = mpz_sizeinbase(z, 2);
  mpz_clear(z);
  return n;
}

// Length of a str/bytes/tuple constant, or -1 for other types.
int64_t seq_len(Value v) {
  if (!v.is_object()) return -1;
  Type* t = type_of(v);
  if (t == &str_type) return static_cast<int64_t>(v.as<Str>()->length_);
  if (t == &bytes_type) return static_cast<int64_t>(v.as<Bytes>()->size_);
  if (t == &tuple_type) return static_cast<int64_t>(v.as<Tuple>()->size_);
  return -1;
}

// Would computing `a op b` make something too big to keep as a constant?
bool result_too_big(ast::BinOpKind op, Value a, Value b) {
  using B = ast::BinOpKind;
  if (op == B::Pow && is_int_value(a) && is_int_value(b)) {
    if (int_sign(b) <= 0) return false;
    int64_t e;
    if (!int_to_i64(b, &e) || e > static_cast<int64_t>(kMaxIntBits)) {
      size_t ab = int_bits(a);
      return ab > 1;  // 0**e and 1**e (and -1) stay small
    }
    return int_bits(a) * static_cast<size_t>(e) > kMaxIntBits;
  }
  if (op == B::LShift && is_int_value(a) && is_int_value(b)) {
    int64_t s;
    if (!int_to_i64(b, &s)) return int_sign(a) != 0;
    if (s < 0) return false;  // raises: not folded anyway
    return s > static_cast<int64_t>(kMaxIntBits) || int_bits(a) + static_cast<size_t>(s) > kMaxIntBits;
  }
  if (op == B::Mult) {
    if (is_int_value(a) && is_int_value(b))
      return int_bits(a) + int_bits(b) > kMaxIntBits;
    Value seq = seq_len(a) >= 0 ? a : b;
    Value n = seq_len(a) >= 0 ? b : a;
    int64_t len = seq_len(seq);
    if (len >= 0 && is_int_value(n)) {
      int64_t k;
      if (!int_to_i64(n, &k)) return len != 0;
      if (k <= 0 || len == 0) return false;
      size_t limit = type_of(seq) == &tuple_type ? kMaxCollection : kMaxStr;
      return static_cast<uint64_t>(k) > limit / static_cast<uint64_t>(len);
    }
  }
  if (op == B::Add) {
    int64_t la = seq_len(a), lb = seq_len(b);
    if (la >= 0 && lb >= 0) {
      size_t limit = type_of(a) == &tuple_type ? kMaxCollection : kMaxStr;
      return static_cast<size_t>(la + lb) > limit;
    }
  }
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------
// Literals

Value make_str_const(std::string_view s) {
  if (is_identifier_like(s)) return Value::object(str_intern(s));
  return Value::object(str_new(s));
}

Value Compiler::constant_value(const ast::Constant* c) {
  switch (c->value_kind) {
    case ast::ConstantKind::None: return Value::none();
    case ast::ConstantKind::True: return Value::true_();
    case ast::ConstantKind::False: return Value::false_();
    case ast::ConstantKind::Ellipsis: return Value::ellipsis();
    case ast::ConstantKind::Int: {
      if (c->int_fits) return int_from_i64(c->int_value);
      Value v = int_from_string(c->digits, c->base);
      if (v.is_null()) {
        error_clear();
        error(c, "invalid integer literal");
        return Value::small_int(0);
      }
      return v;
    }
    case ast::ConstantKind::Float: return Value::from_double(c->float_value);
    case ast::ConstantKind::Imaginary: return complex_new(0.0, c->float_value);
    case ast::ConstantKind::Str: return make_str_const(c->str_value);
    case ast::ConstantKind::Bytes: return Value::object(bytes_new(c->str_value));
  }
  return Value::none();
}

Value Compiler::const_tuple(const std::vector<Value>& items) {
  if (items.empty()) return Value::object(tuple_empty());
  Tuple* t = tuple_new(items.size());
  for (size_t i = 0; i < items.size(); ++i) t->items_[i] = items[i];
  return Value::object(t);
}

BinaryOp binop_runtime(ast::BinOpKind k) {
  using B = ast::BinOpKind;
  switch (k) {
    case B::Add: return BinaryOp::Add;
    case B::Sub: return BinaryOp::Sub;
    case B::Mult: return BinaryOp::Mul;
    case B::MatMult: return BinaryOp::MatMul;
    case B::Div: return BinaryOp::TrueDiv;
    case B::Mod: return BinaryOp::Mod;
    case B::Pow: return BinaryOp::Pow;
    case B::LShift: return BinaryOp::LShift;
    case B::RShift: return BinaryOp::RShift;
    case B::BitOr: return BinaryOp::Or;
    case B::BitXor: return BinaryOp::Xor;
    case B::BitAnd: return BinaryOp::And;
    case B::FloorDiv: return BinaryOp::FloorDiv;
  }
  return BinaryOp::Add;
}

Op binop_opcode(ast::BinOpKind k, bool inplace) {
  using B = ast::BinOpKind;
  switch (k) {
    case B::Add: return inplace ? Op::IADD : Op::ADD;
    case B::Sub: return inplace ? Op::ISUB : Op::SUB;
    case B::Mult: return inplace ? Op::IMUL : Op::MUL;
    case B::MatMult: return inplace ? Op::IMATMUL : Op::MATMUL;
    case B::Div: return inplace ? Op::ITRUEDIV : Op::TRUEDIV;
    case B::Mod: return inplace ? Op::IMOD : Op::MOD;
    case B::Pow: return inplace ? Op::IPOW : Op::POW;
    case B::LShift: return inplace ? Op::ILSHIFT : Op::LSHIFT;
    case B::RShift: return inplace ? Op::IRSHIFT : Op::RSHIFT;
    case B::BitOr: return inplace ? Op::IOR : Op::OR;
    case B::BitXor: return inplace ? Op::IXOR : Op::XOR;
    case B::BitAnd: return inplace ? Op::IAND : Op::AND;
    case B::FloorDiv: return inplace ? Op::IFLOORDIV : Op::FLOORDIV;
  }
  return Op::ADD;
}

// ---------------------------------------------------------------------------
// Folding

Value Compiler::fold(const ast::Expr* e) {
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::Constant: return constant_value(ast::cast<ast::Constant>(e));
    case K::Name: {
      // No -O: __debug__ is always the constant True.
      auto* n = ast::cast<ast::Name>(e);
      return n->ctx == ast::ExprContext::Load && n->id == "__debug__" ? Value::true_()
                                                                        : Value::null();
    }
    case K::UnaryOp:
    case K::BinOp:
    case K::Tuple:
    case K::Subscript:
      break;
    default:
      return Value::null();
  }
  auto it = folded_.find(e);
  if (it != folded_.end()) return it->second;
  Value result = Value::null();
  switch (e->kind) {
    case K::UnaryOp: {
      auto* un = ast::cast<ast::UnaryOp>(e);
      Value v = fold(un->operand);
      if (v.is_null()) break;
      if (un->op == ast::UnaryOpKind::Not) {
        int t = truthy(v);
        if (t >= 0) result = Value::boolean(!t);
        else error_clear();
        break;
      }
      if (!is_exact_number(v)) break;
      UnaryOp op = un->op == ast::UnaryOpKind::USub   ? UnaryOp::Neg
                   : un->op == ast::UnaryOpKind::UAdd ? UnaryOp::Pos
                                                      : UnaryOp::Invert;
      if (op == UnaryOp::Invert && !is_int_value(v)) break;  // ~1.0 raises
      result = unary_op(op, v);
      break;
    }
    case K::BinOp: {
      auto* b = ast::cast<ast::BinOp>(e);
      Value l = fold(b->left);
      if (l.is_null()) break;
      Value r = fold(b->right);
      if (r.is_null()) break;
      // `%` on str/bytes is formatting: leave it to run time.
      if (b->op == ast::BinOpKind::Mod && !is_exact_number(l)) break;
      if (b->op == ast::BinOpKind::MatMult) break;
      if (result_too_big(b->op, l, r)) break;
      result = binary_op(binop_runtime(b->op), l, r);
      break;
    }
    case K::Tuple: {
      auto* t = ast::cast<ast::Tuple>(e);
      if (t->ctx != ast::ExprContext::Load) break;
      std::vector<Value> items;
      bool ok = true;
      for (const ast::Expr* x : t->elts) {
        Value v = x->kind == K::Starred ? Value::null() : fold(x);
        if (v.is_null()) {
          ok = false;
          break;
        }
        items.push_back(v);
      }
      if (ok) result = const_tuple(items);
      break;
    }
    case K::Subscript: {
      auto* s = ast::cast<ast::Subscript>(e);
      if (s->ctx != ast::ExprContext::Load || s->slice->kind == K::Slice) break;
      Value obj = fold(s->value);
      if (obj.is_null() || seq_len(obj) < 0) break;
      Value idx = fold(s->slice);
      if (idx.is_null() || !is_int_value(idx)) break;
      result = getitem(obj, idx);
      break;
    }
    default:
      break;
  }
  if (result.is_null()) {
    if (error_pending()) error_clear();
  } else if (!is_foldable_type(result)) {
    result = Value::null();
  }
  folded_.emplace(e, result);
  return result;
}

}  // namespace tr::compiler
