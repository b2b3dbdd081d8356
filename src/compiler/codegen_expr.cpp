// codegen_expr.cpp — expressions to register code (compiler/): operators,
// short-circuit logic, comparisons, attribute and item access, displays,
// f-strings, and conditional jumps on expressions.
#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

// Displays up to this many items are built by one instruction over
// consecutive registers; longer ones append the rest one at a time.
constexpr size_t kChunk = 32;

Op compare_opcode(ast::CmpOpKind k) {
  using C = ast::CmpOpKind;
  switch (k) {
    case C::Eq: return Op::EQ;
    case C::NotEq: return Op::NE;
    case C::Lt: return Op::LT;
    case C::LtE: return Op::LE;
    case C::Gt: return Op::GT;
    case C::GtE: return Op::GE;
    case C::Is: return Op::IS;
    case C::IsNot: return Op::IS_NOT;
    case C::In: return Op::IN;
    case C::NotIn: return Op::NOT_IN;
  }
  return Op::EQ;
}

// Kinds whose code writes the destination with one final instruction, after
// every input was read: they may target a named local directly without
// clobbering it early (`x = x and y` must not).
bool writes_once(const ast::Expr* e) {
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::Constant:
    case K::Name:
    case K::Attribute:
    case K::Subscript:
    case K::BinOp:
    case K::UnaryOp:
    case K::Slice:
    case K::FormattedValue:
    case K::Yield:  // reads its operand when suspending, writes on resume
      return true;
    case K::Compare: return ast::cast<ast::Compare>(e)->ops.size() == 1;
    default: return false;
  }
}

bool has_starred(const ast::AstList<ast::Expr*>& elts) {
  for (const ast::Expr* e : elts)
    if (e->kind == ast::NodeKind::Starred) return true;
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------
// Entry points

void Compiler::expr_to(const ast::Expr* e, int dst) {
  using K = ast::NodeKind;
  SrcPos old_line = set_line(e);
  Value k = fold(e);
  if (!k.is_null()) {
    load_const(dst, k);
    set_line(old_line);
    return;
  }
  if (!is_temp(dst) && !writes_once(e)) {
    int mark = top();
    int t = new_temp();
    expr_to(e, t);
    move(dst, t);
    free_temps(mark);
    set_line(old_line);
    return;
  }
  int mark = top();
  switch (e->kind) {
    case K::Name: load_name(ast::cast<ast::Name>(e)->id, dst); break;
    case K::BinOp: {
      auto* b = ast::cast<ast::BinOp>(e);
      int l = operand(b->left, dst);
      int r = expr_any(b->right);
      set_line(e);
      emit(binop_opcode(b->op, false), dst, l, r);
      break;
    }
    case K::UnaryOp: {
      auto* un = ast::cast<ast::UnaryOp>(e);
      int v = operand(un->operand, dst);
      set_line(e);
      Op op = un->op == ast::UnaryOpKind::Not    ? Op::NOT
              : un->op == ast::UnaryOpKind::USub ? Op::NEG
              : un->op == ast::UnaryOpKind::UAdd ? Op::POS
                                                 : Op::INVERT;
      emit(op, dst, v);
      break;
    }
    case K::BoolOp: {
      auto* b = ast::cast<ast::BoolOp>(e);
      Label end = new_label();
      Assigned after_first;
      for (size_t i = 0; i < b->values.size(); ++i) {
        expr_to(b->values[i], dst);
        if (i == 0) after_first = state();
        if (i + 1 < b->values.size())
          emit_jump(b->op == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE : Op::JUMP_IF_TRUE, dst,
                    end);
      }
      bind(end);
      set_state(after_first);
      break;
    }
    case K::Compare: {
      auto* c = ast::cast<ast::Compare>(e);
      int l = expr_any(c->left);
      Label end = new_label();
      Assigned after_first;
      size_t n = c->ops.size();
      for (size_t i = 0; i < n; ++i) {
        const ast::Expr* rhs = c->comparators[i];
        int r;
        // `x in [1, 2]` / `x in {1, 2}` test against a constant tuple/frozenset.
        Value kc = Value::null();
        // Only the last comparator: a middle one is also the next left operand.
        if ((c->ops[i] == ast::CmpOpKind::In || c->ops[i] == ast::CmpOpKind::NotIn) &&
            i + 1 == n) {
          const ast::AstList<ast::Expr*>* elts = nullptr;
          if (auto* li = ast::as<ast::List>(rhs)) elts = &li->elts;
          if (auto* se = ast::as<ast::Set>(rhs)) elts = &se->elts;
          if (elts && !has_starred(*elts)) {
            std::vector<Value> items;
            for (const ast::Expr* x : *elts) {
              Value v = fold(x);
              if (v.is_null()) break;
              items.push_back(v);
            }
            if (items.size() == elts->size()) {
              if (rhs->kind == K::List) {
                kc = const_tuple(items);
              } else {
                Set* fs = set_new(&frozenset_type);
                bool ok = true;
                for (Value v : items)
                  if (tr::failed(set_add(fs, v))) ok = false;
                if (ok) kc = Value::object(fs);
                else error_clear();
              }
            }
          }
        }
        if (!kc.is_null()) {
          r = new_temp();
          load_const(r, kc);
        } else {
          r = expr_any(rhs);
        }
        set_line(e);
        emit(compare_opcode(c->ops[i]), dst, l, r);
        if (i == 0) after_first = state();
        if (i + 1 < n) emit_jump(Op::JUMP_IF_FALSE, dst, end);
        l = r;
      }
      bind(end);
      set_state(after_first);
      break;
    }
    case K::IfExp: {
      auto* i = ast::cast<ast::IfExp>(e);
      Label orelse = new_label(), end = new_label();
      jump_if(i->test, false, orelse);
      Assigned at_test = state();
      expr_to(i->body, dst);
      Assigned after_body = state();
      jump(end);
      bind(orelse);
      set_state(at_test);
      expr_to(i->orelse, dst);
      bind(end);
      u().assigned.meet(after_body);
      break;
    }
    case K::NamedExpr: {
      auto* n = ast::cast<ast::NamedExpr>(e);
      auto* target = ast::cast<ast::Name>(n->target);
      int reg = local_reg(target->id);
      if (reg >= 0) {
        expr_to(n->value, reg);
        set_assigned(reg, true);
        move(dst, reg);
      } else {
        expr_to(n->value, dst);
        store_name(target->id, dst);
      }
      break;
    }
    case K::Attribute: {
      auto* a = ast::cast<ast::Attribute>(e);
      int o = operand(a->value, dst);
      set_line(e);
      emit(Op::LOAD_ATTR, dst, o, add_name(mangle(a->attr)));
      break;
    }
    case K::Subscript: {
      auto* s = ast::cast<ast::Subscript>(e);
      int o = operand(s->value, dst);
      int key = subscript_key(s->slice);
      set_line(e);
      emit(Op::GETITEM, dst, o, key);
      break;
    }
    case K::Slice: {
      auto* s = ast::cast<ast::Slice>(e);
      int base = top();
      const ast::Expr* parts[3] = {s->lower, s->upper, s->step};
      int n = s->step ? 3 : 2;
      for (int i = 0; i < n; ++i) {
        int t = new_temp();
        if (parts[i]) expr_to(parts[i], t);
        else load_none(t);
      }
      set_line(e);
      emit(Op::BUILD_SLICE, dst, base, n);
      break;
    }
    case K::Starred: error(e, "can't use starred expression here"); break;
    case K::List:
      build_sequence(ast::cast<ast::List>(e)->elts, K::List, dst);
      break;
    case K::Tuple:
      build_sequence(ast::cast<ast::Tuple>(e)->elts, K::Tuple, dst);
      break;
    case K::Set:
      build_sequence(ast::cast<ast::Set>(e)->elts, K::Set, dst);
      break;
    case K::Dict: {
      auto* d = ast::cast<ast::Dict>(e);
      size_t n = d->values.size();
      bool simple = n <= kChunk / 2;
      for (const ast::Expr* key : d->keys)
        if (!key) simple = false;
      if (simple) {
        int base = top();
        for (size_t i = 0; i < n; ++i) {
          expr_top(d->keys[i]);
          expr_top(d->values[i]);
        }
        set_line(e);
        emit(Op::BUILD_MAP, dst, base, static_cast<int>(n));
        break;
      }
      int acc = is_temp(dst) ? dst : new_temp();
      size_t i = 0;
      int base = top();
      while (i < n && d->keys[i] && i < kChunk / 2) {
        expr_top(d->keys[i]);
        expr_top(d->values[i]);
        ++i;
      }
      set_line(e);
      emit(Op::BUILD_MAP, acc, base, static_cast<int>(i));
      free_temps(base);
      for (; i < n; ++i) {
        if (!d->keys[i]) {
          int v = expr_any(d->values[i]);
          set_line(d->values[i]);
          emit(Op::DICT_UPDATE, acc, v);
        } else {
          int kr = expr_any(d->keys[i]);
          int vr = expr_any(d->values[i]);
          emit(Op::MAP_ADD, acc, kr, vr);
        }
        free_temps(base);
      }
      move(dst, acc);
      break;
    }
    case K::JoinedStr: fstring(ast::cast<ast::JoinedStr>(e), dst); break;
    case K::FormattedValue: formatted_value(ast::cast<ast::FormattedValue>(e), dst); break;
    case K::Call: call(ast::cast<ast::Call>(e), dst); break;
    case K::Lambda: lambda(ast::cast<ast::Lambda>(e), dst); break;
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp: comprehension(e, dst); break;
    case K::Yield: yield_expr(ast::cast<ast::Yield>(e)->value, dst); break;
    case K::YieldFrom: yield_from(ast::cast<ast::YieldFrom>(e)->value, dst); break;
    case K::Await: await_expr(ast::cast<ast::Await>(e)->value, dst); break;
    default:
      TR_UNREACHABLE();
  }
  free_temps(mark);
  set_line(old_line);
}

// The index of a subscript: slices are built; `a[*b]` (PEP 646) is a tuple.
int Compiler::subscript_key(const ast::Expr* slice) {
  if (slice->kind == ast::NodeKind::Slice) return expr_top(slice);
  if (slice->kind == ast::NodeKind::Starred) {
    int t = new_temp();
    ast::Expr* one[1] = {const_cast<ast::Expr*>(slice)};
    build_sequence(ast::AstList<ast::Expr*>{one, 1}, ast::NodeKind::Tuple, t);
    return t;
  }
  return expr_any(slice);
}

// The first operand of an operation that writes `dst`: a temporary `dst` can
// hold it meanwhile (fewer registers); a local variable is used in place.
int Compiler::operand(const ast::Expr* e, int dst) {
  if (!is_temp(dst) || e->kind == ast::NodeKind::Name) return expr_any(e);
  expr_to(e, dst);
  return dst;
}

int Compiler::expr_any(const ast::Expr* e) {
  if (auto* n = ast::as<ast::Name>(e); n && n->id != "__debug__") {
    SrcPos old = set_line(e);
    int r = load_name_any(n->id);
    set_line(old);
    return r;
  }
  return expr_top(e);
}

void Compiler::expr_discard(const ast::Expr* e) {
  if (e->kind == ast::NodeKind::Constant) return;
  int mark = top();
  expr_any(e);
  free_temps(mark);
}

// ---------------------------------------------------------------------------
// Displays

void Compiler::build_sequence(const ast::AstList<ast::Expr*>& elts, ast::NodeKind kind, int dst) {
  using K = ast::NodeKind;
  size_t n = elts.size();
  bool star = has_starred(elts);
  Op build = kind == K::Set ? Op::BUILD_SET : kind == K::List ? Op::BUILD_LIST : Op::BUILD_TUPLE;
  if (!star && n <= kChunk) {
    // Lists and sets of three or more constants extend from one constant.
    if (kind != K::Tuple && n >= 3) {
      std::vector<Value> items;
      for (const ast::Expr* x : elts) {
        Value v = fold(x);
        if (v.is_null()) break;
        items.push_back(v);
      }
      if (items.size() == n) {
        Value k = Value::null();
        if (kind == K::List) {
          k = const_tuple(items);
        } else {
          Set* fs = set_new(&frozenset_type);
          bool ok = true;
          for (Value v : items)
            if (tr::failed(set_add(fs, v))) ok = false;
          if (ok) k = Value::object(fs);
          else error_clear();
        }
        if (!k.is_null()) {
          int t = new_temp();
          load_const(t, k);
          emit(build, dst, 0, 0);
          emit(kind == K::List ? Op::LIST_EXTEND : Op::SET_UPDATE, dst, t);
          return;
        }
      }
    }
    int base = top();
    for (const ast::Expr* x : elts) expr_top(x);
    emit(build, dst, base, static_cast<int>(n));
    return;
  }
  // The general case: build a list (or set), extend / append the rest. A
  // temporary destination can hold the partial result itself.
  bool is_set = kind == K::Set;
  int acc = is_temp(dst) ? dst : new_temp();
  size_t i = 0;
  int base = top();
  while (i < n && elts[i]->kind != K::Starred && i < kChunk) expr_top(elts[i++]);
  emit(is_set ? Op::BUILD_SET : Op::BUILD_LIST, acc, base, static_cast<int>(i));
  free_temps(base);
  for (; i < n; ++i) {
    const ast::Expr* x = elts[i];
    if (auto* s = ast::as<ast::Starred>(x)) {
      int v = expr_any(s->value);
      set_line(x);
      emit(is_set ? Op::SET_UPDATE : Op::LIST_EXTEND, acc, v);
    } else {
      int v = expr_any(x);
      emit(is_set ? Op::SET_ADD : Op::LIST_APPEND, acc, v);
    }
    free_temps(base);
  }
  if (kind == K::Tuple) emit(Op::LIST_TO_TUPLE, dst, acc);
  else move(dst, acc);
}

// ---------------------------------------------------------------------------
// f-strings

void Compiler::formatted_value(const ast::FormattedValue* f, int dst) {
  int conv = 0;
  if (f->conversion == 's') conv = 1;
  else if (f->conversion == 'r') conv = 2;
  else if (f->conversion == 'a') conv = 3;
  int mark = top();
  if (f->format_spec) {
    int v = expr_top(f->value);
    expr_top(f->format_spec);
    set_line(f);
    emit(Op::FORMAT_VALUE, dst, v, conv | 4);
  } else {
    int v = expr_any(f->value);
    set_line(f);
    emit(Op::FORMAT_VALUE, dst, v, conv);
  }
  free_temps(mark);
}

void Compiler::fstring(const ast::JoinedStr* j, int dst) {
  size_t n = j->values.size();
  if (n == 0) {
    load_const(dst, Value::object(str_empty()));
    return;
  }
  if (n == 1) {
    expr_to(j->values[0], dst);
    return;
  }
  int base = top();
  for (const ast::Expr* v : j->values) expr_top(v);
  set_line(j);
  emit(Op::BUILD_STRING, dst, base, static_cast<int>(n));
}

// ---------------------------------------------------------------------------
// Conditional jumps

void Compiler::jump_if(const ast::Expr* e, bool when, Label target) {
  SrcPos old_line = set_line(e);
  Value k = fold(e);
  if (!k.is_null()) {
    int t = truthy(k);
    if (t < 0) {
      error_clear();
    } else {
      if ((t != 0) == when) jump(target);
      set_line(old_line);
      return;
    }
  }
  if (auto* un = ast::as<ast::UnaryOp>(e); un && un->op == ast::UnaryOpKind::Not) {
    jump_if(un->operand, !when, target);
    set_line(old_line);
    return;
  }
  if (auto* b = ast::as<ast::BoolOp>(e)) {
    bool is_and = b->op == ast::BoolOpKind::And;
    size_t n = b->values.size();
    Assigned after_first;
    if (is_and != when) {
      // `a and b` jumping when false / `a or b` jumping when true: every
      // operand can decide alone.
      for (size_t i = 0; i < n; ++i) {
        jump_if(b->values[i], when, target);
        if (i == 0) after_first = state();
      }
    } else {
      Label skip = new_label();
      for (size_t i = 0; i + 1 < n; ++i) {
        jump_if(b->values[i], !when, skip);
        if (i == 0) after_first = state();
      }
      jump_if(b->values[n - 1], when, target);
      bind(skip);
    }
    set_state(after_first);
    set_line(old_line);
    return;
  }
  int mark = top();
  int r = expr_any(e);
  set_line(e);
  emit_jump(when ? Op::JUMP_IF_TRUE : Op::JUMP_IF_FALSE, r, target);
  free_temps(mark);
  set_line(old_line);
}

}  // namespace tr::compiler
