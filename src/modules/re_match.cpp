// The re matcher: a backtracking machine over the compiled Program with an
// explicit stack (never C++ recursion per character), run over 8-bit or
// 32-bit characters. Its backtracking order and capture rules are sre's.
#include <cstdlib>
#include <cstring>

#include "base/check.h"
#include "modules/re_internal.h"

namespace tr::modules::re {
namespace {

// ---------------------------------------------------------------------------
// The backtrack stack. Each frame either resumes matching somewhere (a
// choice) or undoes one change (a capture mark, a repeat counter) on the way
// back. Layout by kind:
//   kChoice     pc, pos                  resume at pc with pos
//   kMark       x = mark, y = old value, pc = old lastindex
//   kRep        x = repeat id, y = old count, pos = old last-iteration start
//   kRep1       pc of kRep1, pos = start, x = items taken (greedy: give back one)
//   kRep1Lazy   pc of kRep1Lazy, pos = end so far, x = items taken (take one more)
//   kLazyUntil  x = repeat id, y = iteration count to try, pos
//   kAssert     sub = AssertKind, pc = continuation, pos = where it began,
//               x = offset of the saved marks in snap, y = enclosing kAssert frame
enum FrameKind : uint8_t { kChoice, kMark, kRep, kRep1F, kRep1LazyF, kLazyUntil, kAssertF };

struct Frame {
  uint8_t kind;
  uint8_t sub;
  int32_t pc;
  int64_t pos;
  int64_t x;
  int64_t y;
};

struct RepState {
  int64_t count;
  int64_t last;  // where the last iteration began (-1: none yet)
};

// A plain growable array: pushes are the matcher's hottest operation.
class FrameStack {
 public:
  FrameStack() = default;
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;
  ~FrameStack() { std::free(data_); }
  void push(const Frame& f) {
    if (size_ == cap_) grow();
    data_[size_++] = f;
  }
  Frame& back() { return data_[size_ - 1]; }
  Frame& operator[](size_t i) { return data_[i]; }
  void pop_back() { --size_; }
  void resize(size_t n) { size_ = n; }  // shrinking only
  void clear() { size_ = 0; }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  size_t capacity() const { return cap_; }
  void release() {
    std::free(data_);
    data_ = nullptr;
    size_ = cap_ = 0;
  }

 private:
  void grow() {
    cap_ = cap_ ? cap_ * 2 : 64;
    void* p = std::realloc(data_, cap_ * sizeof(Frame));
    TR_CHECK(p != nullptr);
    data_ = static_cast<Frame*>(p);
  }
  Frame* data_ = nullptr;
  size_t size_ = 0, cap_ = 0;
};

// Working storage of one matcher run; pooled because matching re-enters
// (a sub() callback may itself use re).
struct Machine {
  FrameStack stack;
  std::vector<int64_t> marks;
  std::vector<int64_t> snap;
  std::vector<RepState> reps;
  int32_t lastindex = -1;
};

// Idle machines. Matching nests only through sub() callbacks, so this stays tiny.
std::vector<Machine*> g_pool;

struct MachineLease {
  Machine* m;
  MachineLease() {
    if (g_pool.empty()) {
      m = new Machine();
    } else {
      m = g_pool.back();
      g_pool.pop_back();
    }
  }
  ~MachineLease() {
    // Do not hoard the memory of one pathological match.
    if (m->stack.capacity() > (1u << 16)) m->stack.release();
    g_pool.push_back(m);
  }
};

inline uint32_t umax(int32_t v) {
  return static_cast<uint32_t>(v);
}

template <class C>
class Vm {
 public:
  Vm(const Program& p, const C* s, int64_t end, Machine& m) : p_(p), s_(s), end_(end), m_(m) {
    m_.marks.resize(2 * static_cast<size_t>(p.groups));
    m_.reps.resize(p.reps.size());
  }

  bool attempt(int64_t start, bool full, bool must_advance, int64_t* match_end);
  bool search(int64_t pos, bool must_advance, int64_t* start, int64_t* match_end);

 private:
  bool item(const Inst& in, uint32_t c) const {
    switch (in.op) {
      case kChar:
        return c == umax(in.a);
      case kNotChar:
        return c != umax(in.a);
      case kCharFold:
        return fold_key(c) == umax(in.a);
      case kNotCharFold:
        return fold_key(c) != umax(in.a);
      case kCharAFold:
        return ascii_lower(c) == umax(in.a);
      case kNotCharAFold:
        return ascii_lower(c) != umax(in.a);
      case kAny:
        return c != '\n';
      case kAnyAll:
        return true;
      case kSet:
        return p_.sets[in.a].contains(c);
      default:
        return false;
    }
  }

  // How many items match from pos on, at most `limit`.
  int64_t count(const Inst& in, int64_t pos, int64_t limit) const {
    int64_t n = std::min(limit, end_ - pos);
    const C* s = s_ + pos;
    switch (in.op) {
      case kAnyAll:
        return n;
      case kAny:
        if constexpr (sizeof(C) == 1) {
          const void* nl = std::memchr(s, '\n', static_cast<size_t>(n));
          return nl ? static_cast<const C*>(nl) - s : n;
        }
        break;
      case kChar: {
        int64_t i = 0;
        while (i < n && s[i] == umax(in.a)) ++i;
        return i;
      }
      case kSet: {
        const CharSet& set = p_.sets[in.a];
        int64_t i = 0;
        while (i < n && set.contains(s[i])) ++i;
        return i;
      }
      default:
        break;
    }
    int64_t i = 0;
    while (i < n && item(in, s[i])) ++i;
    return i;
  }

  bool word(int64_t i, bool ascii) const { return ascii ? ascii_word(s_[i]) : uni_word(s_[i]); }

  bool at(const Inst& in, int64_t pos) const {
    switch (in.a) {
      case kAtBeginning:
        return pos == 0 || (in.c && s_[pos - 1] == '\n');
      case kAtBeginningString:
        return pos == 0;
      case kAtEnd:
        if (in.c) return pos == end_ || s_[pos] == '\n';
        return pos == end_ || (pos == end_ - 1 && s_[pos] == '\n');
      case kAtEndString:
        return pos == end_;
      default: {
        // Like sre, neither \b nor \B holds when the visible string is empty.
        if (end_ == 0) return false;
        bool before = pos > 0 && word(pos - 1, in.b);
        bool after = pos < end_ && word(pos, in.b);
        return (before != after) == (in.a == kAtBoundary);
      }
    }
  }

  bool backref(const Inst& in, int64_t* pos) const {
    int64_t s = m_.marks[2 * (in.a - 1)], e = m_.marks[2 * (in.a - 1) + 1];
    if (s < 0 || e < 0 || e < s) return false;
    int64_t len = e - s;
    if (end_ - *pos < len) return false;
    const C* a = s_ + s;
    const C* b = s_ + *pos;
    for (int64_t i = 0; i < len; ++i) {
      uint32_t x = a[i], y = b[i];
      if (x == y) continue;
      if (in.b == 1 && simple_lower(x) == simple_lower(y)) continue;
      if (in.b == 2 && ascii_lower(x) == ascii_lower(y)) continue;
      return false;
    }
    *pos += len;
    return true;
  }

  void push(uint8_t kind, int32_t pc, int64_t pos, int64_t x = 0, int64_t y = 0, uint8_t sub = 0) {
    m_.stack.push(Frame{kind, sub, pc, pos, x, y});
  }

  const Program& p_;
  const C* s_;
  int64_t end_;
  Machine& m_;
};

template <class C>
bool Vm<C>::attempt(int64_t start, bool full, bool must_advance, int64_t* match_end) {
  FrameStack& st = m_.stack;
  std::vector<int64_t>& marks = m_.marks;
  st.clear();
  m_.snap.clear();
  std::fill(marks.begin(), marks.end(), -1);
  m_.lastindex = -1;
  int64_t assert_top = -1;
  const Inst* code = p_.code.data();
  const size_t nmarks = marks.size();
  int32_t pc = 0;
  int64_t pos = start;
  for (;;) {
    const Inst& in = code[pc];
    switch (in.op) {
      case kChar:
        if (pos < end_ && s_[pos] == umax(in.a)) {
          ++pos;
          ++pc;
          continue;
        }
        break;
      case kNotChar:
      case kCharFold:
      case kNotCharFold:
      case kCharAFold:
      case kNotCharAFold:
      case kAny:
      case kAnyAll:
      case kSet:
        if (pos < end_ && item(in, s_[pos])) {
          ++pos;
          ++pc;
          continue;
        }
        break;
      case kAt:
        if (at(in, pos)) {
          ++pc;
          continue;
        }
        break;
      case kSplit:
        if (in.c >= 0) {
          // Enter or keep only the branches that can start here.
          const SplitGuard& g = p_.guards[in.c];
          bool end = pos >= end_;
          uint32_t c = end ? 0 : s_[pos];
          if (!(g.a.any || (!end && g.a.accepts(c)))) {
            pc = in.b;
            continue;
          }
          if (!(g.b.any || (!end && g.b.accepts(c)))) {
            pc = in.a;
            continue;
          }
        }
        push(kChoice, in.b, pos);
        pc = in.a;
        continue;
      case kJmp:
        pc = in.a;
        continue;
      case kSave:
        push(kMark, m_.lastindex, 0, in.a, marks[in.a]);
        marks[in.a] = pos;
        if (in.a & 1) m_.lastindex = in.a / 2 + 1;
        ++pc;
        continue;
      case kRepeat: {
        RepState& rs = m_.reps[in.a];
        push(kRep, 0, rs.last, in.a, rs.count);
        rs = {-1, -1};
        pc = p_.reps[in.a].until;
        continue;
      }
      case kUntil: {
        const RepeatInfo& r = p_.reps[in.a];
        RepState& rs = m_.reps[in.a];
        int64_t c = rs.count + 1;
        if (c < r.min) {
          push(kRep, 0, rs.last, in.a, rs.count);
          rs.count = c;
          pc = r.body;
          continue;
        }
        if (r.lazy) {
          // Try what follows first; kLazyUntil tries one more iteration.
          push(kLazyUntil, 0, pos, in.a, c);
          pc = r.until + 1;
          continue;
        }
        // Another iteration only if the previous one consumed something.
        if ((r.max == kRepeatInf || c < r.max) && pos != rs.last) {
          push(kChoice, r.until + 1, pos);
          push(kRep, 0, rs.last, in.a, rs.count);
          rs = {c, pos};
          pc = r.body;
          continue;
        }
        pc = r.until + 1;
        continue;
      }
      case kRep1: {
        int64_t mn = umax(in.a);
        int64_t mx = umax(in.b) == kRepeatInf ? INT64_MAX : umax(in.b);
        if (end_ - pos < mn) break;
        int64_t n = count(code[pc + 1], pos, mx);
        if (in.c >= 0)
          while (n >= mn && (pos + n >= end_ || s_[pos + n] != umax(in.c))) --n;
        if (n < mn) break;
        if (n > mn) push(kRep1F, pc, pos, n);
        pos += n;
        pc += 2;
        continue;
      }
      case kRep1Lazy: {
        int64_t mn = umax(in.a);
        if (end_ - pos < mn || count(code[pc + 1], pos, mn) < mn) break;
        pos += mn;
        if (umax(in.b) == kRepeatInf || mn < umax(in.b)) push(kRep1LazyF, pc, pos, mn);
        pc += 2;
        continue;
      }
      case kBackref:
        if (backref(in, &pos)) {
          ++pc;
          continue;
        }
        break;
      case kAssert: {
        int64_t from = pos;
        if (in.a == kLookBehind || in.a == kNotLookBehind) {
          if (pos < in.c) {
            if (in.a == kLookBehind) break;
            pc = in.b;
            continue;
          }
          from = pos - in.c;
        }
        int64_t off = static_cast<int64_t>(m_.snap.size());
        m_.snap.insert(m_.snap.end(), marks.begin(), marks.end());
        m_.snap.push_back(m_.lastindex);
        push(kAssertF, in.b, pos, off, assert_top, static_cast<uint8_t>(in.a));
        assert_top = static_cast<int64_t>(st.size()) - 1;
        pos = from;
        ++pc;
        continue;
      }
      case kAssertEnd: {
        // The body of the innermost assertion matched: drop its choices.
        Frame f = st[assert_top];
        size_t idx = static_cast<size_t>(assert_top);
        assert_top = f.y;
        const int64_t* saved = m_.snap.data() + f.x;
        int32_t old_last = static_cast<int32_t>(saved[nmarks]);
        st.resize(idx);
        if (f.sub == kNotLookAhead || f.sub == kNotLookBehind) {
          std::copy(saved, saved + nmarks, marks.begin());
          m_.lastindex = old_last;
          m_.snap.resize(f.x);
          break;
        }
        // Captures made inside stay, undoable by whoever backtracks past here.
        bool pushed = false;
        for (size_t i = 0; i < nmarks; ++i) {
          if (marks[i] != saved[i]) {
            push(kMark, old_last, 0, static_cast<int64_t>(i), saved[i]);
            pushed = true;
          }
        }
        if (!pushed && m_.lastindex != old_last) push(kMark, old_last, 0, 0, marks[0]);
        m_.snap.resize(f.x);
        if (f.sub != kAtomic) pos = f.pos;
        pc = f.pc;
        continue;
      }
      case kCond: {
        int64_t s = marks[2 * (in.a - 1)], e = marks[2 * (in.a - 1) + 1];
        pc = (s >= 0 && e >= 0 && e >= s) ? pc + 1 : in.b;
        continue;
      }
      case kMatch:
        if ((full && pos != end_) || (must_advance && pos == start)) break;
        *match_end = pos;
        return true;
    }

    // ---- failure: unwind to the most recent choice
    for (;;) {
      if (st.empty()) return false;
      Frame& f = st.back();
      switch (f.kind) {
        case kChoice:
          pc = f.pc;
          pos = f.pos;
          st.pop_back();
          goto resume;
        case kMark:
          marks[f.x] = f.y;
          m_.lastindex = f.pc;
          st.pop_back();
          continue;
        case kRep:
          m_.reps[f.x] = {f.y, f.pos};
          st.pop_back();
          continue;
        case kRep1F: {
          const Inst& r = code[f.pc];
          int64_t mn = umax(r.a);
          int64_t n = f.x - 1;
          if (r.c >= 0)
            while (n >= mn && (f.pos + n >= end_ || s_[f.pos + n] != umax(r.c))) --n;
          if (n < mn) {
            st.pop_back();
            continue;
          }
          pos = f.pos + n;
          pc = f.pc + 2;
          if (n == mn)
            st.pop_back();
          else
            f.x = n;
          goto resume;
        }
        case kRep1LazyF: {
          const Inst& r = code[f.pc];
          const Inst& it = code[f.pc + 1];
          uint32_t mx = umax(r.b);
          int64_t n = f.x, p = f.pos;
          bool ok = false;
          while ((mx == kRepeatInf || n < mx) && p < end_ && item(it, s_[p])) {
            ++n;
            ++p;
            // Only stop where the required next literal is present.
            if (r.c < 0 || (p < end_ && s_[p] == umax(r.c))) {
              ok = true;
              break;
            }
          }
          if (!ok) {
            st.pop_back();
            continue;
          }
          f.x = n;
          f.pos = p;
          pos = p;
          pc = f.pc + 2;
          goto resume;
        }
        case kLazyUntil: {
          int64_t id = f.x, c = f.y, p = f.pos;
          st.pop_back();
          const RepeatInfo& r = p_.reps[id];
          RepState& rs = m_.reps[id];
          if ((r.max != kRepeatInf && c >= r.max) || p == rs.last) continue;
          push(kRep, 0, rs.last, id, rs.count);
          rs = {c, p};
          pos = p;
          pc = r.body;
          goto resume;
        }
        case kAssertF: {
          uint8_t sub = f.sub;
          m_.snap.resize(f.x);
          assert_top = f.y;
          int64_t p = f.pos;
          int32_t cont = f.pc;
          st.pop_back();
          if (sub == kNotLookAhead || sub == kNotLookBehind) {
            pos = p;
            pc = cont;
            goto resume;
          }
          continue;
        }
      }
    }
  resume:;
  }
}

template <class C>
bool Vm<C>::search(int64_t pos, bool must_advance, int64_t* start, int64_t* match_end) {
  if (p_.anchored) {
    *start = pos;
    return attempt(pos, false, must_advance, match_end);
  }
  const std::vector<uint32_t>& prefix = p_.prefix;
  for (int64_t at = pos; at <= end_; ++at) {
    if (!prefix.empty()) {
      // Jump to the next place the literal prefix occurs.
      int64_t plen = static_cast<int64_t>(prefix.size());
      uint32_t c0 = prefix[0];
      if (sizeof(C) == 1 && c0 > 255) return false;
      for (;; ++at) {
        if (end_ - at < plen) return false;
        if constexpr (sizeof(C) == 1) {
          const void* hit =
              std::memchr(s_ + at, static_cast<int>(c0), static_cast<size_t>(end_ - at));
          if (!hit) return false;
          at = static_cast<const C*>(hit) - s_;
          if (end_ - at < plen) return false;
        } else {
          while (at < end_ && s_[at] != c0) ++at;
          if (end_ - at < plen) return false;
        }
        int64_t i = 1;
        while (i < plen && s_[at + i] == prefix[i]) ++i;
        if (i == plen) break;
      }
    } else if (!p_.first.any) {
      while (at < end_ && !p_.first.accepts(s_[at])) ++at;
      if (at >= end_) return false;
    }
    if (attempt(at, false, must_advance && at == pos, match_end)) {
      *start = at;
      return true;
    }
  }
  return false;
}

template <class C>
bool run_typed(const Program& prog, const C* s, int64_t pos, int64_t endpos, MatchMode mode,
               bool must_advance, MatchResult* out) {
  MachineLease lease;
  Vm<C> vm(prog, s, endpos, *lease.m);
  int64_t start = pos, end = 0;
  bool ok;
  if (mode == kModeSearch) {
    ok = vm.search(pos, must_advance, &start, &end);
  } else {
    // A start that cannot begin any match needs no machine run.
    if (!prog.first.any && (pos >= endpos || !prog.first.accepts(s[pos]))) return false;
    ok = vm.attempt(pos, mode == kModeFull, must_advance, &end);
  }
  if (!ok) return false;
  out->start = start;
  out->end = end;
  out->lastindex = lease.m->lastindex;
  out->marks.assign(lease.m->marks.begin(), lease.m->marks.end());
  return true;
}

}  // namespace

bool run(const Program& prog, const Subject& subj, int64_t pos, int64_t endpos, MatchMode mode,
         bool must_advance, MatchResult* out) {
  if (subj.wide) return run_typed(prog, subj.cps, pos, endpos, mode, must_advance, out);
  return run_typed(prog, subj.narrow, pos, endpos, mode, must_advance, out);
}

}  // namespace tr::modules::re
