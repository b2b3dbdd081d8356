// Internal to the re module (re_*.cpp): the parsed pattern tree, the compiled
// program the backtracking matcher runs, and the Pattern/Match object layouts.
// Pipeline: re_parse (text → Node tree) → re_compile (tree → Program) → re_match.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "objects/objects.h"

namespace tr::modules::re {

// ---------------------------------------------------------------------------
// Flags: CPython's bit values (re.I == 2 ...), so Pattern.flags prints alike.
constexpr int kTemplate = 1;
constexpr int kIgnoreCase = 2;
constexpr int kLocale = 4;
constexpr int kMultiline = 8;
constexpr int kDotAll = 16;
constexpr int kUnicode = 32;
constexpr int kVerbose = 64;
constexpr int kDebug = 128;
constexpr int kAscii = 256;

constexpr uint32_t kRepeatInf = 0xFFFFFFFFu;  // MAXREPEAT: "no upper bound"

// ---------------------------------------------------------------------------
// Character predicates (re_unicode.cpp).

// The IGNORECASE key: two code points match case-insensitively iff their keys
// are equal (measured from CPython, see re_gen_fold.py).
extern const uint32_t* const kFoldLow;  // keys of 0..255
uint32_t fold_key_slow(uint32_t c);
inline uint32_t fold_key(uint32_t c) {
  return c < 256 ? kFoldLow[c] : fold_key_slow(c);
}
// Every code point with the same fold key as c (c included); at most 4.
int fold_variants(uint32_t c, uint32_t* out);
// CPython's simple lower-case mapping (back-references compare with it).
uint32_t simple_lower(uint32_t c);
inline uint32_t ascii_lower(uint32_t c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

// \d \s \w in their Unicode and ASCII meanings.
bool uni_digit(uint32_t c);
bool uni_space(uint32_t c);
bool uni_word(uint32_t c);
inline bool ascii_digit(uint32_t c) {
  return c >= '0' && c <= '9';
}
inline bool ascii_space(uint32_t c) {
  return c == ' ' || (c >= 9 && c <= 13);
}
inline bool ascii_word(uint32_t c) {
  return c < 128 && ((c | 32) - 'a' < 26 || ascii_digit(c) || c == '_');
}

// Category codes inside a class ([\d\W]) and standalone escapes.
enum Category : uint8_t { kCatDigit, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord };

// ---------------------------------------------------------------------------
// A character class: ranges and categories, folded or not, maybe negated.
// Answers for c < 256 are precomputed into a bitmap (negation included).
struct CharSet {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;  // inclusive, sorted after finish()
  uint8_t cats = 0;                                   // bit (1 << Category)
  bool negate = false;
  bool fold = false;     // Unicode IGNORECASE: a variant of c must be in the set
  bool afold = false;    // ASCII IGNORECASE
  bool ascii = false;    // categories mean their ASCII versions
  uint64_t low[4] = {};  // final answer for c < 256

  void finish();                        // sorts/merges ranges, fills low
  bool contains_raw(uint32_t c) const;  // membership before folding and negation
  bool slow_contains(uint32_t c) const;
  bool contains(uint32_t c) const {
    return c < 256 ? (low[c >> 6] >> (c & 63)) & 1 : slow_contains(c);
  }
};

// ---------------------------------------------------------------------------
// The parse tree. Leaves carry the flags in force where they were written
// (scoped flags such as (?i:...) make those differ within one pattern).

enum class NodeKind : uint8_t {
  Empty,      // matches ""
  Literal,    // cp
  Any,        // .
  Set,        // index into Parsed::sets
  Concat,     // kids in order
  Alternate,  // kids tried in order
  Repeat,     // kids[0] {min,max}, lazy / possessive
  Group,      // capturing group `index` around kids[0]
  Look,       // lookahead/behind: behind, negate, kids[0]
  Atomic,     // (?>...)
  Backref,    // group `index`
  At,         // zero-width assertion `index` (AtKind)
  Cond,       // (?(index)kids[0]|kids[1])
};

enum AtKind : uint8_t {
  kAtBeginning,
  kAtBeginningString,
  kAtEnd,
  kAtEndString,
  kAtBoundary,
  kAtNonBoundary
};

struct Node {
  NodeKind kind;
  bool lazy = false, possessive = false, negate = false, behind = false;
  int flags = 0;
  uint32_t cp = 0;
  int32_t index = 0;
  uint32_t min = 0, max = 0;
  std::vector<Node*> kids;
};

// What the parser hands the compiler; owns every node.
struct Parsed {
  std::vector<std::unique_ptr<Node>> nodes;
  std::vector<CharSet> sets;
  Node* root = nullptr;
  int flags = 0;                                   // the pattern's flags after inline global flags
  int groups = 0;                                  // capturing groups
  std::vector<std::pair<std::string, int>> names;  // group name → number, in order
  Node* make(NodeKind k, int flags) {
    nodes.push_back(std::make_unique<Node>());
    Node* n = nodes.back().get();
    n->kind = k;
    n->flags = flags;
    return n;
  }
};

// Parses `pat` (code points; bytes patterns are 0..255). On a syntax error
// raises re.error (or OverflowError/ValueError like CPython) and returns false.
bool parse(const std::vector<uint32_t>& pat, bool is_bytes, int flags, Value pattern_obj,
           Parsed* out);

// ---------------------------------------------------------------------------
// The compiled program: fixed-size instructions run by re_match.cpp.

enum Op : uint8_t {
  // single-character items (also the body of kRep1 / kRep1Lazy)
  kChar,      // s[p] == a
  kNotChar,   // s[p] != a
  kCharFold,  // fold_key(s[p]) == a
  kNotCharFold,
  kCharAFold,  // ascii_lower(s[p]) == a
  kNotCharAFold,
  kAny,  // s[p] != '\n'
  kAnyAll,
  kSet,  // sets[a].contains(s[p])
  // control
  kAt,         // zero-width test a (AtKind), b = 1 for ASCII word boundaries, c = multiline
  kSplit,      // try a, on failure b; c >= 0: guards[c] says which can start here
  kJmp,        // goto a
  kSave,       // marks[a] = p
  kRepeat,     // general repeat a (reps[a]): body follows, kUntil closes it
  kUntil,      // end of repeat body a
  kRep1,       // greedy a..b of the item at pc+1; c = literal that must follow or -1
  kRep1Lazy,   // lazy a..b of the item at pc+1
  kBackref,    // group a; b: 0 exact, 1 Unicode IGNORECASE, 2 ASCII IGNORECASE
  kAssert,     // a = AssertKind, b = continuation pc, c = look-behind width; body follows
  kAssertEnd,  // the body of the innermost kAssert matched
  kCond,       // group a set ? pc+1 : b
  kMatch,
};

enum AssertKind : uint8_t { kLookAhead, kNotLookAhead, kLookBehind, kNotLookBehind, kAtomic };

struct Inst {
  uint8_t op;
  int32_t a = 0, b = 0, c = 0;
};

struct RepeatInfo {
  uint32_t min, max;
  bool lazy;
  int32_t body, until;  // pc of the first body instruction and of kUntil
};

// Characters that can start a match of some part of the pattern. `any`
// means no filtering is possible (the part may match empty, or we do not
// know); otherwise a match needs a character in low (c < 256) or, for
// c >= 256, `high`.
struct FirstSet {
  uint64_t low[4] = {};
  bool high = false;
  bool any = false;
  bool accepts(uint32_t c) const { return any || (c < 256 ? (low[c >> 6] >> (c & 63)) & 1 : high); }
};

// kSplit's optional guard: which branch can start at the current character,
// so that hopeless branches are neither entered nor pushed.
struct SplitGuard {
  FirstSet a, b;
};

struct Program {
  std::vector<Inst> code;
  std::vector<SplitGuard> guards;
  std::vector<CharSet> sets;
  std::vector<RepeatInfo> reps;
  int groups = 0;
  // Search accelerators (re_compile.cpp).
  std::vector<uint32_t> prefix;  // every match starts with these code points
  bool anchored = false;         // can only match at the start of the string
  FirstSet first;                // characters a match can start with
};

// Builds the program; false with re.error pending (look-behind width).
bool compile(Parsed& parsed, Program* out, bool is_bytes);

// ---------------------------------------------------------------------------
// The subject string of one call: 8-bit (bytes, ASCII str) or decoded code
// points, with a sparse code-point → byte index for non-ASCII str.

// A non-ASCII str decoded once; shared by the calls that reuse it (the last
// one decoded is kept, so re.sub(p, r, text) after re.search(q, text) and
// every finditer step do not decode again).
struct Decoded {
  std::unique_ptr<uint32_t[]> cps;         // length + 1 entries; cps[length] == 0
  std::unique_ptr<int64_t[]> checkpoints;  // byte offset of every kStride-th code point
  static constexpr int64_t kStride = 16;
};

struct Subject {
  Value obj;
  bool is_bytes = false;
  bool is_bytearray = false;
  bool wide = false;
  const uint8_t* narrow = nullptr;
  const uint32_t* cps = nullptr;       // wide only
  std::shared_ptr<const Decoded> dec;  // wide only: owns cps
  std::string owned;                   // a bytearray's contents, copied
  int64_t length = 0;

  // Reads a str / bytes-like object; TypeError on anything else.
  bool load(Value v);
  int64_t byte_offset(int64_t cp_index) const;
  uint32_t at(int64_t i) const { return wide ? cps[i] : narrow[i]; }
  // The text of [s, e) as a new str/bytes object, or appended as raw bytes.
  Value slice(int64_t s, int64_t e) const;
  void append(std::string& out, int64_t s, int64_t e) const;
};

// One matcher run's result: marks[2g-2], marks[2g-1] for group g (-1 unset).
struct MatchResult {
  int64_t start = 0, end = 0;
  int32_t lastindex = -1;
  std::vector<int64_t> marks;
};

enum MatchMode : uint8_t { kModeMatch, kModeFull, kModeSearch };

// Runs the program over subject[pos, endpos). must_advance rejects an empty
// match at pos (the finditer/sub rule after an empty match).
bool run(const Program& prog, const Subject& subj, int64_t pos, int64_t endpos, MatchMode mode,
         bool must_advance, MatchResult* out);

// ---------------------------------------------------------------------------
// Python objects

struct PatternObj : Object {
  Value pattern_;     // the source str/bytes
  Value groupindex_;  // dict name → group number
  int64_t flags_;
  int32_t groups_;
  bool is_bytes_;
  Program* prog_;     // owned; freed by the finalizer
  Value indexgroup_;  // tuple: group number → name str (None when unnamed)
};

struct MatchObj : Object {
  Value string_;
  Value pattern_;  // PatternObj
  Value regs_;     // cached tuple, or null
  int64_t pos_, endpos_;
  int32_t lastindex_;
  int32_t ngroups_;  // groups + 1
  bool wide_;        // byte offsets follow the code-point marks
  int64_t marks_[];  // [2*ngroups_] code points, then [2*ngroups_] bytes if wide_
};

extern Type pattern_type, match_type, scanner_type;

// re_match_object.cpp
void match_type_init();
Value match_new(PatternObj* p, const Subject& subj, int64_t pos, int64_t endpos,
                const MatchResult& r);
// The text of group g (None if unset, `deflt` when given).
Value match_group_value(MatchObj* m, int32_t g, Value deflt);
// A group argument (int or name) to its number; IndexError "no such group".
bool match_group_index(MatchObj* m, Value id, int32_t* out);

// re_pattern.cpp
void pattern_type_init();
// The Pattern methods (args[0] is the Pattern); the module functions reuse them.
Value pattern_match(const Value* args, size_t nargs, Tuple* kw);
Value pattern_fullmatch(const Value* args, size_t nargs, Tuple* kw);
Value pattern_search(const Value* args, size_t nargs, Tuple* kw);
Value pattern_findall(const Value* args, size_t nargs, Tuple* kw);
Value pattern_finditer(const Value* args, size_t nargs, Tuple* kw);
Value pattern_sub_method(const Value* args, size_t nargs, Tuple* kw);
Value pattern_subn_method(const Value* args, size_t nargs, Tuple* kw);
Value pattern_split_method(const Value* args, size_t nargs, Tuple* kw);
// Builds a Pattern from str/bytes + flags (uncached); null with error pending.
Value pattern_compile(Value pattern, int64_t flags);
// pos/endpos clamped as CPython does; false if the subject is of the wrong kind.
bool pattern_prepare(PatternObj* p, Value string, Subject* subj);

// re_sub.cpp
Value pattern_sub(PatternObj* p, Value repl, Value string, int64_t count, bool with_count);
Value pattern_split(PatternObj* p, Value string, int64_t maxsplit);
Value match_expand(MatchObj* m, Value templ);

// re_module.cpp: raises re.error(msg, pattern, pos); pos < 0 means None.
Value raise_error(const std::string& msg, Value pattern, int64_t pos);
// Pattern.groupindex: a read-only view of a copy of `index`.
Value groupindex_view(Dict* index);

// Text helpers for messages: a code point run as UTF-8, and the ASCII form
// (\xhh escapes) CPython gives messages about bytes patterns.
std::string ascii_message(const std::string& msg);
std::string utf8_of(const uint32_t* cps, size_t n);
void append_utf8(std::string& out, uint32_t c);

}  // namespace tr::modules::re
