// The re compiler: parse tree → Program (re_internal.h), plus what the search
// loop uses to skip hopeless start positions (literal prefix, first-character
// set, anchoring). Each choice keeps CPython's sre semantics exactly.
#include <algorithm>

#include "modules/re_internal.h"

namespace tr::modules::re {
namespace {

constexpr uint64_t kWidthInf = uint64_t{1} << 62;

struct Width {
  uint64_t min, max;
};

uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return a >= kWidthInf / b ? kWidthInf : a * b;
}

bool ascii_mode(int flags, bool bytes) {
  return bytes || (flags & (kAscii | kLocale));
}

// Non-capturing groups without flags are only wrappers.
Node* unwrap(Node* n) {
  while (n->kind == NodeKind::Concat && n->kids.size() == 1) n = n->kids[0];
  return n;
}

bool is_item(Node* n) {
  return n->kind == NodeKind::Literal || n->kind == NodeKind::Any || n->kind == NodeKind::Set;
}

class Compiler {
 public:
  Compiler(Parsed& in, Program& out) : in_(in), out_(out), bytes_(false) {}

  bool run(bool bytes) {
    bytes_ = bytes;
    out_.groups = in_.groups;
    out_.sets = in_.sets;
    group_width_.assign(in_.groups + 1, Width{0, 0});
    width(in_.root);  // fills group_width_ left to right for back-references
    emit(in_.root);
    if (failed_) return false;
    add({kMatch});
    peephole();
    accelerate();
    return true;
  }

 private:
  // ---- widths (look-behind must be fixed; loops may skip the empty check)
  Width width(Node* n) {
    switch (n->kind) {
      case NodeKind::Empty:
      case NodeKind::At:
      case NodeKind::Look:
        return {0, 0};
      case NodeKind::Literal:
      case NodeKind::Any:
      case NodeKind::Set:
        return {1, 1};
      case NodeKind::Concat: {
        Width w{0, 0};
        for (Node* k : n->kids) {
          Width kw = width(k);
          w.min = std::min(kWidthInf, w.min + kw.min);
          w.max = std::min(kWidthInf, w.max + kw.max);
        }
        return w;
      }
      case NodeKind::Alternate: {
        Width w{kWidthInf, 0};
        for (Node* k : n->kids) {
          Width kw = width(k);
          w.min = std::min(w.min, kw.min);
          w.max = std::max(w.max, kw.max);
        }
        return w;
      }
      case NodeKind::Repeat: {
        Width kw = width(n->kids[0]);
        uint64_t max = n->max == kRepeatInf ? (kw.max ? kWidthInf : 0) : sat_mul(kw.max, n->max);
        return {sat_mul(kw.min, n->min), max};
      }
      case NodeKind::Group: {
        Width w = width(n->kids[0]);
        group_width_[n->index] = w;
        return w;
      }
      case NodeKind::Atomic:
        return width(n->kids[0]);
      case NodeKind::Backref:
        return group_width_[n->index];
      case NodeKind::Cond: {
        Width a = width(n->kids[0]), b = width(n->kids[1]);
        return {std::min(a.min, b.min), std::max(a.max, b.max)};
      }
    }
    return {0, kWidthInf};
  }

  // ---- emission
  int32_t pc() const { return static_cast<int32_t>(out_.code.size()); }
  int32_t add(Inst in) {
    out_.code.push_back(in);
    return pc() - 1;
  }

  void emit_item(Node* n) {
    int flags = n->flags;
    bool ascii = ascii_mode(flags, bytes_);
    bool icase = flags & kIgnoreCase;
    if (n->kind == NodeKind::Any) {
      add({(flags & kDotAll) ? kAnyAll : kAny});
    } else if (n->kind == NodeKind::Literal) {
      add(literal(n->cp, icase, ascii, false));
    } else {
      const CharSet& s = out_.sets[n->index];
      // A one-character class is a (negated) literal.
      if (!s.cats && s.ranges.size() == 1 && s.ranges[0].first == s.ranges[0].second)
        add(literal(s.ranges[0].first, icase, ascii, s.negate));
      else
        add({kSet, n->index});
    }
  }

  Inst literal(uint32_t c, bool icase, bool ascii, bool negate) {
    if (icase && !ascii) {
      uint32_t v[4];
      if (fold_variants(c, v) > 1) return {negate ? kNotCharFold : kCharFold, int32_t(fold_key(c))};
    } else if (icase && c < 128 && ((c | 32) - 'a') < 26) {
      return {negate ? kNotCharAFold : kCharAFold, int32_t(ascii_lower(c))};
    }
    return {negate ? kNotChar : kChar, int32_t(c)};
  }

  void emit(Node* n) {
    if (failed_) return;
    switch (n->kind) {
      case NodeKind::Empty:
        return;
      case NodeKind::Literal:
      case NodeKind::Any:
      case NodeKind::Set:
        return emit_item(n);
      case NodeKind::Concat:
        for (Node* k : n->kids) emit(k);
        return;
      case NodeKind::Alternate: {
        std::vector<int32_t> jumps;
        for (size_t i = 0; i + 1 < n->kids.size(); ++i) {
          int32_t split = add({kSplit, pc() + 1, 0, -1});
          guard(split, branch_set({n->kids[i]}),
                branch_set(std::vector<Node*>(n->kids.begin() + i + 1, n->kids.end())));
          emit(n->kids[i]);
          jumps.push_back(add({kJmp}));
          out_.code[split].b = pc();
        }
        emit(n->kids.back());
        for (int32_t j : jumps) out_.code[j].a = pc();
        return;
      }
      case NodeKind::Repeat:
        return emit_repeat(n);
      case NodeKind::Group:
        add({kSave, 2 * (n->index - 1)});
        emit(n->kids[0]);
        add({kSave, 2 * (n->index - 1) + 1});
        return;
      case NodeKind::Atomic:
        return emit_assert(kAtomic, 0, n->kids[0]);
      case NodeKind::Look: {
        int32_t w = 0;
        if (n->behind) {
          Width bw = width(n->kids[0]);
          if (bw.min != bw.max) {
            raise_error("look-behind requires fixed-width pattern", Value::null(), -1);
            failed_ = true;
            return;
          }
          w = static_cast<int32_t>(std::min<uint64_t>(bw.min, INT32_MAX));
        }
        AssertKind k = n->behind ? (n->negate ? kNotLookBehind : kLookBehind)
                                 : (n->negate ? kNotLookAhead : kLookAhead);
        return emit_assert(k, w, n->kids[0]);
      }
      case NodeKind::Backref: {
        int mode = (n->flags & kIgnoreCase) ? (ascii_mode(n->flags, bytes_) ? 2 : 1) : 0;
        add({kBackref, n->index, mode});
        return;
      }
      case NodeKind::At: {
        int flags = n->flags;
        add({kAt, n->index, ascii_mode(flags, bytes_) ? 1 : 0, (flags & kMultiline) ? 1 : 0});
        return;
      }
      case NodeKind::Cond: {
        int32_t cond = add({kCond, n->index});
        emit(n->kids[0]);
        int32_t jmp = add({kJmp});
        out_.code[cond].b = pc();
        emit(n->kids[1]);
        out_.code[jmp].a = pc();
        return;
      }
    }
  }

  void emit_assert(AssertKind k, int32_t w, Node* body) {
    int32_t at = add({kAssert, k, 0, w});
    emit(body);
    add({kAssertEnd});
    out_.code[at].b = pc();
  }

  // Possessive repeats run each iteration atomically and never give any
  // back: X*+ behaves as (?>(?:(?>X))*), which is what CPython 3.11 does.
  void emit_repeat(Node* n) {
    if (n->max == 0) return;
    Node* body = unwrap(n->kids[0]);
    if (!n->possessive) return emit_loop(n, body, false);
    int32_t at = add({kAssert, kAtomic, 0, 0});
    emit_loop(n, body, !is_item(body));
    add({kAssertEnd});
    out_.code[at].b = pc();
  }

  void emit_body(Node* body, bool atomic) {
    if (atomic)
      emit_assert(kAtomic, 0, body);
    else
      emit(body);
  }

  void emit_loop(Node* n, Node* body, bool atomic) {
    if (is_item(body)) {
      add({n->lazy ? kRep1Lazy : kRep1, int32_t(n->min), int32_t(n->max), -1});
      emit_item(body);
      return;
    }
    if (n->min == 1 && n->max == 1) return emit_body(body, atomic);
    FirstSet any;
    any.any = true;
    FirstSet body_set = branch_set({body});
    if (n->min == 0 && n->max == 1) {
      int32_t split = add({kSplit});
      emit_body(body, atomic);
      // Greedy tries the body first; lazy tries what follows first.
      if (n->lazy)
        out_.code[split] = {kSplit, pc(), split + 1, -1};
      else
        out_.code[split] = {kSplit, split + 1, pc(), -1};
      if (n->lazy)
        guard(split, any, body_set);
      else
        guard(split, body_set, any);
      return;
    }
    // A body that always consumes makes sre's "stop after an empty iteration"
    // rule moot, so plain split loops give the same answers faster.
    if (n->min <= 1 && n->max == kRepeatInf && width(body).min > 0) {
      int32_t top = pc();
      int32_t split;
      if (n->min == 1) {
        emit_body(body, atomic);
        split = add(n->lazy ? Inst{kSplit, pc() + 1, top, -1} : Inst{kSplit, top, pc() + 1, -1});
      } else {
        split = add({kSplit});
        emit_body(body, atomic);
        add({kJmp, top});
        out_.code[split] =
            n->lazy ? Inst{kSplit, pc(), split + 1, -1} : Inst{kSplit, split + 1, pc(), -1};
      }
      if (n->lazy)
        guard(split, any, body_set);
      else
        guard(split, body_set, any);
      return;
    }
    int32_t id = static_cast<int32_t>(out_.reps.size());
    out_.reps.push_back({n->min, n->max, n->lazy, 0, 0});
    add({kRepeat, id});
    out_.reps[id].body = pc();
    emit_body(body, atomic);
    out_.reps[id].until = add({kUntil, id});
  }

  // ---- after emission

  // kRep1 learns the literal its continuation must start with, so that
  // backing off can skip positions where that literal is absent (as sre does).
  void peephole() {
    for (Inst& in : out_.code) {
      if (in.op != kRep1 && in.op != kRep1Lazy) continue;
      int32_t t = static_cast<int32_t>(&in - out_.code.data()) + 2;
      for (int guard = 0; guard < 16; ++guard) {
        const Inst& next = out_.code[t];
        if (next.op == kSave)
          ++t;
        else if (next.op == kJmp)
          t = next.a;
        else
          break;
      }
      if (out_.code[t].op == kChar) in.c = out_.code[t].a;
    }
  }

  // Literal characters every match starts with; false when `n` may be
  // followed by more of them (it was consumed whole).
  bool collect_prefix(Node* n) {
    switch (n->kind) {
      case NodeKind::Empty:
      case NodeKind::At:
      case NodeKind::Look:
        return true;
      case NodeKind::Literal:
        if (n->flags & kIgnoreCase) return false;
        out_.prefix.push_back(n->cp);
        return true;
      case NodeKind::Concat:
        for (Node* k : n->kids)
          if (!collect_prefix(k)) return false;
        return true;
      case NodeKind::Group:
        return collect_prefix(n->kids[0]);
      default:
        return false;
    }
  }

  // First-character set of `n`, added to fs; returns whether `n` can match
  // the empty string (then what follows also contributes to the start).
  bool first(Node* n, FirstSet& fs) {
    if (fs.any) return true;
    switch (n->kind) {
      case NodeKind::Empty:
      case NodeKind::At:
      case NodeKind::Look:
        return true;
      case NodeKind::Literal: {
        Inst in = literal(n->cp, n->flags & kIgnoreCase, ascii_mode(n->flags, bytes_), false);
        for (uint32_t c = 0; c < 256; ++c) {
          bool hit = in.op == kChar       ? c == n->cp
                     : in.op == kCharFold ? fold_key(c) == uint32_t(in.a)
                                          : ascii_lower(c) == uint32_t(in.a);
          if (hit) fs.low[c >> 6] |= uint64_t{1} << (c & 63);
        }
        if (in.op == kCharFold || n->cp >= 256) fs.high = true;
        return false;
      }
      case NodeKind::Set: {
        const CharSet& s = out_.sets[n->index];
        for (int i = 0; i < 4; ++i) fs.low[i] |= s.low[i];
        bool high = s.negate || s.cats || s.fold;
        for (auto& r : s.ranges) high |= r.second >= 256;
        fs.high |= high;
        return false;
      }
      case NodeKind::Any:
        if (!(n->flags & kDotAll)) {
          // Everything but a newline (added to what is there already).
          fs.low[0] |= ~(uint64_t{1} << '\n');
          for (int i = 1; i < 4; ++i) fs.low[i] = ~uint64_t{0};
          fs.high = true;
          return false;
        }
        fs.any = true;
        return true;
      case NodeKind::Concat:
        for (Node* k : n->kids)
          if (!first(k, fs)) return false;
        return true;
      case NodeKind::Alternate: {
        bool nullable = false;
        for (Node* k : n->kids) nullable |= first(k, fs);
        return nullable;
      }
      case NodeKind::Repeat:
        return first(n->kids[0], fs) || n->min == 0 || n->max == 0;
      case NodeKind::Group:
      case NodeKind::Atomic:
        return first(n->kids[0], fs);
      default:
        fs.any = true;
        return true;
    }
  }

  // The guard set of a branch: its first set, or "any" when it may be empty.
  FirstSet branch_set(const std::vector<Node*>& nodes) {
    FirstSet fs;
    for (Node* n : nodes)
      if (first(n, fs)) fs.any = true;
    return fs;
  }

  // Attaches a guard to the kSplit at `split` when it can reject anything.
  void guard(int32_t split, const FirstSet& a, const FirstSet& b) {
    if (a.any && b.any) return;
    out_.code[split].c = static_cast<int32_t>(out_.guards.size());
    out_.guards.push_back({a, b});
  }

  void accelerate() {
    Node* root = in_.root;
    Node* lead = unwrap(root);
    if (lead->kind == NodeKind::Concat && !lead->kids.empty()) lead = unwrap(lead->kids[0]);
    if (lead->kind == NodeKind::At &&
        (lead->index == kAtBeginningString ||
         (lead->index == kAtBeginning && !(lead->flags & kMultiline))))
      out_.anchored = true;
    collect_prefix(root);
    FirstSet fs;
    if (first(root, fs)) fs.any = true;
    out_.first = fs;
  }

  Parsed& in_;
  Program& out_;
  bool bytes_;
  bool failed_ = false;
  std::vector<Width> group_width_;
};

}  // namespace

bool compile(Parsed& parsed, Program* out, bool is_bytes) {
  Compiler c(parsed, *out);
  return c.run(is_bytes);
}

}  // namespace tr::modules::re
