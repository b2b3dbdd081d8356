// codegen_match.cpp — the match statement (compiler/): each case's pattern
// becomes tests on the subject register that jump to the next case on
// failure. Captured values wait in temporaries and are bound only once the
// whole pattern matched, then the guard runs.
#include <algorithm>

#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

namespace {

bool is_wildcard(const ast::Pattern* p) {
  if (auto* a = ast::as<ast::MatchAs>(p)) return !a->pattern && a->name.empty();
  if (auto* s = ast::as<ast::MatchStar>(p)) return s->name.empty();
  return false;
}

bool is_irrefutable(const ast::Pattern* p) {
  if (auto* a = ast::as<ast::MatchAs>(p)) return !a->pattern || is_irrefutable(a->pattern);
  if (auto* o = ast::as<ast::MatchOr>(p)) {
    for (const ast::Pattern* q : o->patterns)
      if (is_irrefutable(q)) return true;
  }
  return false;
}

}  // namespace

// Compiles the patterns of one case.
class MatchCompiler {
 public:
  explicit MatchCompiler(Compiler& c) : c_(c) {}

  struct Capture {
    std::string name;
    int reg;
  };
  std::vector<Capture> stores_;

  // Tests `p` against R[subj]; jumps to `fail` when it does not match.
  void pattern(const ast::Pattern* p, int subj, Label fail, bool allow_irrefutable) {
    using K = ast::NodeKind;
    loc_ = p;
    c_.set_line(p);
    switch (p->kind) {
      case K::MatchAs: {
        auto* a = ast::cast<ast::MatchAs>(p);
        if (!a->pattern) {
          if (!allow_irrefutable) {
            if (!a->name.empty())
              error("name capture '" + std::string(a->name) +
                    "' makes remaining patterns unreachable");
            else
              error("wildcard makes remaining patterns unreachable");
            return;
          }
        } else {
          pattern(a->pattern, subj, fail, allow_irrefutable);
        }
        if (!a->name.empty()) capture(a->name, subj);
        break;
      }
      case K::MatchStar: {
        auto* s = ast::cast<ast::MatchStar>(p);
        if (!s->name.empty()) capture(s->name, subj);
        break;
      }
      case K::MatchValue: {
        int v = c_.expr_any(ast::cast<ast::MatchValue>(p)->value);
        int t = c_.new_temp();
        c_.set_line(p);
        c_.emit(Op::EQ, t, subj, v);
        c_.emit_jump(Op::JUMP_IF_FALSE, t, fail);
        break;
      }
      case K::MatchSingleton: {
        auto* s = ast::cast<ast::MatchSingleton>(p);
        Value v = s->value == ast::ConstantKind::True    ? Value::true_()
                  : s->value == ast::ConstantKind::False ? Value::false_()
                                                         : Value::none();
        int k = c_.new_temp();
        c_.load_const(k, v);
        int t = c_.new_temp();
        c_.emit(Op::IS, t, subj, k);
        c_.emit_jump(Op::JUMP_IF_FALSE, t, fail);
        break;
      }
      case K::MatchSequence: sequence(ast::cast<ast::MatchSequence>(p), subj, fail); break;
      case K::MatchMapping: mapping(ast::cast<ast::MatchMapping>(p), subj, fail); break;
      case K::MatchClass: class_pattern(ast::cast<ast::MatchClass>(p), subj, fail); break;
      case K::MatchOr: alternatives(ast::cast<ast::MatchOr>(p), subj, fail, allow_irrefutable); break;
      default:
        TR_UNREACHABLE();
    }
  }

 private:
  // Errors point at the pattern compiled last, as CPython's do.
  void error(std::string msg) { c_.error(loc_, std::move(msg)); }

  void capture(std::string_view raw, int reg) {
    std::string name = c_.mangle(raw);
    for (const Capture& s : stores_) {
      if (s.name == name) {
        error("multiple assignments to name '" + name + "' in pattern");
        return;
      }
    }
    stores_.push_back({name, reg});
  }

  // R[t] = test; if not R[t]: goto fail
  void check(Op op, int subj, Label fail) {
    int t = c_.new_temp();
    c_.emit(op, t, subj);
    c_.emit_jump(Op::JUMP_IF_FALSE, t, fail);
  }

  void length_check(int subj, Op cmp, size_t n, Label fail) {
    int len = c_.new_temp();
    c_.emit(Op::GET_LEN, len, subj);
    int k = c_.new_temp();
    c_.load_const(k, Value::small_int(static_cast<int64_t>(n)));
    c_.emit(cmp, k, len, k);
    c_.emit_jump(Op::JUMP_IF_FALSE, k, fail);
  }

  void sequence(const ast::MatchSequence* p, int subj, Label fail) {
    size_t n = p->patterns.size();
    int star = -1;
    for (size_t i = 0; i < n; ++i) {
      if (p->patterns[i]->kind != ast::NodeKind::MatchStar) continue;
      if (star >= 0) {
        error("multiple starred names in sequence pattern");
        return;
      }
      star = static_cast<int>(i);
    }
    check(Op::MATCH_SEQUENCE, subj, fail);
    if (star < 0) length_check(subj, Op::EQ, n, fail);
    else if (n > 1) length_check(subj, Op::GE, n - 1, fail);
    bool all_wild = true;
    for (const ast::Pattern* q : p->patterns)
      if (!is_wildcard(q)) all_wild = false;
    if (all_wild) return;
    int base = c_.top();
    for (size_t i = 0; i < n; ++i) c_.new_temp();
    if (star < 0) {
      c_.emit(Op::UNPACK_SEQUENCE, base, subj, static_cast<int>(n));
    } else {
      size_t before = static_cast<size_t>(star), after = n - before - 1;
      if (before > 0xFF || after > 0xFF) {
        error("too many sub-patterns in sequence pattern");
        return;
      }
      c_.emit(Op::UNPACK_EX, base, subj, static_cast<int>(before | (after << 8)));
    }
    for (size_t i = 0; i < n; ++i) pattern(p->patterns[i], base + static_cast<int>(i), fail, true);
  }

  void mapping(const ast::MatchMapping* p, int subj, Label fail) {
    size_t n = p->keys.size();
    if (p->patterns.size() != n) {
      error("keys and patterns of a mapping pattern differ in number");
      return;
    }
    // Keys are literals or dotted names; literal keys must be distinct.
    std::vector<Value> literals;
    std::vector<Value> consts;
    bool all_const = true;
    for (const ast::Expr* k : p->keys) {
      bool attr = k->kind == ast::NodeKind::Attribute;
      Value v = attr ? Value::null() : c_.fold(k);
      if (!attr && v.is_null()) {
        error("mapping pattern keys may only match literals and attribute lookups");
        return;
      }
      if (attr) {
        all_const = false;
        continue;
      }
      for (Value seen : literals) {
        int eq = equals(seen, v);
        if (eq < 0) error_clear();
        if (eq == 1) {
          std::string r = repr_utf8(v);
          error("mapping pattern checks duplicate key (" + r + ")");
          return;
        }
      }
      literals.push_back(v);
      consts.push_back(v);
    }
    check(Op::MATCH_MAPPING, subj, fail);
    if (n == 0 && p->rest.empty()) return;
    if (n > 0) length_check(subj, Op::GE, n, fail);
    int keys = c_.new_temp();
    int key_base = -1;
    if (all_const) {
      c_.load_const(keys, c_.const_tuple(consts));
    } else {
      key_base = c_.top();
      for (const ast::Expr* k : p->keys) c_.expr_top(k);
      c_.emit(Op::BUILD_TUPLE, keys, key_base, static_cast<int>(n));
    }
    if (n > 0) {
      int vals = c_.new_temp();
      c_.set_line(p);
      c_.emit(Op::MATCH_KEYS, vals, subj, keys);
      Label found = c_.new_label();
      c_.emit_jump(Op::JUMP_IF_NOT_NONE, vals, found);
      c_.jump(fail);
      c_.bind(found);
      int base = c_.top();
      for (size_t i = 0; i < n; ++i) c_.new_temp();
      c_.emit(Op::UNPACK_SEQUENCE, base, vals, static_cast<int>(n));
      for (size_t i = 0; i < n; ++i)
        pattern(p->patterns[i], base + static_cast<int>(i), fail, true);
    }
    if (!p->rest.empty()) {
      // **rest: a dict copy of the subject without the matched keys.
      int rest = c_.new_temp();
      c_.emit(Op::BUILD_MAP, rest, 0, 0);
      c_.emit(Op::DICT_UPDATE, rest, subj);
      for (size_t i = 0; i < n; ++i) {
        int k;
        if (all_const) {
          k = c_.new_temp();
          c_.load_const(k, consts[i]);
        } else {
          k = key_base + static_cast<int>(i);
        }
        c_.emit(Op::DELITEM, rest, k);
      }
      capture(p->rest, rest);
    }
  }

  void class_pattern(const ast::MatchClass* p, int subj, Label fail) {
    size_t npos = p->patterns.size(), nkw = p->kwd_attrs.size();
    for (size_t i = 0; i < nkw; ++i) {
      for (size_t j = i + 1; j < nkw; ++j) {
        if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
          loc_ = j < p->kwd_patterns.size() ? p->kwd_patterns[j] : static_cast<const ast::Node*>(p);
          error("attribute name repeated in class pattern: " + std::string(p->kwd_attrs[j]));
          return;
        }
      }
    }
    int base = c_.new_temp();
    c_.new_temp();
    c_.new_temp();
    c_.move(base, subj);
    c_.expr_to(p->cls, base + 1);
    std::vector<Value> names;
    for (std::string_view a : p->kwd_attrs) names.push_back(Value::object(str_intern(a)));
    c_.load_const(base + 2, c_.const_tuple(names));
    int res = c_.new_temp();
    c_.set_line(p);
    c_.emit(Op::MATCH_CLASS, res, base, static_cast<int>(npos));
    Label found = c_.new_label();
    c_.emit_jump(Op::JUMP_IF_NOT_NONE, res, found);
    c_.jump(fail);
    c_.bind(found);
    size_t n = npos + nkw;
    bool all_wild = true;
    for (const ast::Pattern* q : p->patterns)
      if (!is_wildcard(q)) all_wild = false;
    for (const ast::Pattern* q : p->kwd_patterns)
      if (!is_wildcard(q)) all_wild = false;
    if (n == 0 || all_wild) return;
    int items = c_.top();
    for (size_t i = 0; i < n; ++i) c_.new_temp();
    c_.emit(Op::UNPACK_SEQUENCE, items, res, static_cast<int>(n));
    for (size_t i = 0; i < npos; ++i) pattern(p->patterns[i], items + static_cast<int>(i), fail, true);
    for (size_t i = 0; i < nkw && i < p->kwd_patterns.size(); ++i)
      pattern(p->kwd_patterns[i], items + static_cast<int>(npos + i), fail, true);
  }

  // Names a pattern binds, in the order its captures happen.
  static void bound_names(const ast::Pattern* p, std::vector<std::string_view>& out) {
    using K = ast::NodeKind;
    switch (p->kind) {
      case K::MatchAs: {
        auto* a = ast::cast<ast::MatchAs>(p);
        if (a->pattern) bound_names(a->pattern, out);
        if (!a->name.empty()) out.push_back(a->name);
        break;
      }
      case K::MatchStar: {
        auto* s = ast::cast<ast::MatchStar>(p);
        if (!s->name.empty()) out.push_back(s->name);
        break;
      }
      case K::MatchSequence:
        for (const ast::Pattern* q : ast::cast<ast::MatchSequence>(p)->patterns) bound_names(q, out);
        break;
      case K::MatchMapping: {
        auto* m = ast::cast<ast::MatchMapping>(p);
        for (const ast::Pattern* q : m->patterns) bound_names(q, out);
        if (!m->rest.empty()) out.push_back(m->rest);
        break;
      }
      case K::MatchClass: {
        auto* m = ast::cast<ast::MatchClass>(p);
        for (const ast::Pattern* q : m->patterns) bound_names(q, out);
        for (const ast::Pattern* q : m->kwd_patterns) bound_names(q, out);
        break;
      }
      case K::MatchOr: {
        auto* o = ast::cast<ast::MatchOr>(p);
        if (!o->patterns.empty()) bound_names(o->patterns[0], out);
        break;
      }
      default:
        break;
    }
  }

  // Every alternative must bind the same names; each copies its captures
  // into one shared set of registers so the case body finds them in one place.
  void alternatives(const ast::MatchOr* p, int subj, Label fail, bool allow_irrefutable) {
    Label success = c_.new_label();
    std::vector<Capture> outer = std::move(stores_);
    std::vector<std::string_view> names;
    if (!p->patterns.empty()) bound_names(p->patterns[0], names);
    std::vector<Capture> shared;
    for (std::string_view raw : names) shared.push_back({c_.mangle(raw), c_.new_temp()});
    size_t n = p->patterns.size();
    for (size_t i = 0; i < n && !c_.failed(); ++i) {
      stores_.clear();
      Label next = c_.new_label();
      int mark = c_.top();
      pattern(p->patterns[i], subj, next, allow_irrefutable && i + 1 == n);
      if (c_.failed()) break;
      bool same = stores_.size() == shared.size();
      for (const Capture& s : stores_) {
        auto it = std::find_if(shared.begin(), shared.end(),
                               [&](const Capture& x) { return x.name == s.name; });
        if (it == shared.end()) same = false;
        else c_.move(it->reg, s.reg);
      }
      if (!same) {
        error("alternative patterns bind different names");
        break;
      }
      c_.free_temps(mark);
      c_.jump(success);
      c_.bind(next);
    }
    c_.jump(fail);
    c_.bind(success);
    stores_ = std::move(outer);
    for (const Capture& s : shared) {
      for (const Capture& o : stores_) {
        if (o.name == s.name) {
          error("multiple assignments to name '" + s.name + "' in pattern");
          return;
        }
      }
      stores_.push_back(s);
    }
  }

  Compiler& c_;
  const ast::Node* loc_ = nullptr;
};

void Compiler::match_stmt(const ast::Match* s) {
  int mark = top();
  int subj = expr_top(s->subject);  // a copy: captures may rebind the variable
  Label end = new_label();
  Assigned at_start = state();
  Assigned end_state;
  end_state.unreachable = true;
  size_t n = s->cases.size();
  for (size_t i = 0; i < n && !failed(); ++i) {
    const ast::MatchCase* mc = s->cases[i];
    set_state(at_start);
    int case_mark = top();
    Label next = new_label();
    MatchCompiler m(*this);
    m.pattern(mc->pattern, subj, next, mc->guard != nullptr || i + 1 == n);
    if (failed()) break;
    set_line(mc->pattern);
    for (const MatchCompiler::Capture& c : m.stores_) store_name(c.name, c.reg);
    free_temps(case_mark);
    if (mc->guard) jump_if(mc->guard, false, next);
    stmts(mc->body);
    end_state.meet(state());
    if (!state().unreachable) jump(end);
    bind(next);
  }
  // No case matched.
  set_state(at_start);
  bind(end);
  u().assigned.meet(end_state);
  free_temps(mark);
}

}  // namespace tr::compiler
