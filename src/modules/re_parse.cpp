// The re pattern parser, part 1: tokens, alternation, sequences, repeats,
// groups and inline flags. Escapes and [classes] are in re_parse_escape.cpp.
// Grammar, error messages and positions follow CPython 3.11's re.
#include "modules/re_parse.h"

#include <cstdio>

#include "objects/unicode_db.h"

namespace tr::modules::re {
namespace {

// Inline flag letters and the groups of flags CPython treats specially.
int flag_of(uint32_t c) {
  switch (c) {
    case 'i':
      return kIgnoreCase;
    case 'L':
      return kLocale;
    case 'm':
      return kMultiline;
    case 's':
      return kDotAll;
    case 'x':
      return kVerbose;
    case 'a':
      return kAscii;
    case 't':
      return kTemplate;
    case 'u':
      return kUnicode;
    default:
      return 0;
  }
}
constexpr int kTypeFlags = kAscii | kLocale | kUnicode;
constexpr int kGlobalFlags = kDebug | kTemplate;
constexpr int kMaxDepth = 400;  // CPython runs out of recursion between 300 and 500

bool is_verbose_space(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_alpha(uint32_t c) {
  return c < 128 ? ((c | 32) - 'a') < 26 : unicode::has(c, unicode::kAlpha);
}

}  // namespace

// ---------------------------------------------------------------------------
// Tokens and errors

void Parser::advance() {
  cur_ += len_;
  if (cur_ >= n_) {
    cur_ = n_;
    len_ = 0;
  } else if (p_[cur_] == '\\') {
    if (cur_ + 1 >= n_) {
      // CPython's tokenizer fails as soon as it looks at a lone final
      // backslash; continuing as if the pattern ended keeps that error first.
      fail("bad escape (end of pattern)", n_ - 1);
      cur_ = n_;
      len_ = 0;
      return;
    }
    len_ = 2;
  } else {
    len_ = 1;
  }
}

bool Parser::fail(const std::string& msg, int64_t pos, Type* type) {
  if (!failed_) {
    failed_ = true;
    err_msg_ = msg;
    err_pos_ = pos;
    err_type_ = type;
  }
  return false;
}

bool Parser::get_until(uint32_t term, const char* what, std::string* name, size_t* start) {
  *start = tell();
  while (true) {
    if (failed_) return false;
    if (at_end()) {
      if (tell() == *start) return fail(std::string("missing ") + what, tell());
      return fail(std::string("missing ") + static_cast<char>(term) + ", unterminated name",
                  *start);
    }
    if (next_is(term)) {
      if (tell() == *start) return fail(std::string("missing ") + what, tell());
      *name = text(*start, tell() - *start);
      advance();
      return true;
    }
    advance();
  }
}

bool Parser::is_identifier(size_t start, size_t len) const {
  if (len == 0) return false;
  for (size_t i = 0; i < len; ++i) {
    uint32_t c = p_[start + i];
    bool ok = c == '_' || unicode::has(c, i == 0 ? unicode::kXidStart : unicode::kXidContinue);
    if (!ok) return false;
  }
  return true;
}

static std::string py_repr(const std::string& s) {
  return std::string(str_repr(str_new(s))->view());
}

bool Parser::check_group_name(const std::string& name, size_t start) {
  // The name ends just before the terminator the caller consumed.
  size_t len = tell() - 1 - start;
  if (!is_identifier(start, len))
    return fail("bad character in group name " + py_repr(name), start);
  return true;
}

bool Parser::check_lookbehind_group(int gid, size_t pos) {
  if (lookbehind_groups_ < 0) return true;
  if (gid >= static_cast<int>(closed_.size()) || !closed_[gid])
    return fail("cannot refer to an open group", pos);
  if (gid >= lookbehind_groups_)
    return fail("cannot refer to group defined in the same lookbehind subpattern", pos);
  return true;
}

// ---------------------------------------------------------------------------
// The whole pattern

bool Parser::run(int flags) {
  flags_ = flags;
  closed_.assign(1, true);
  advance();
  Node* root = parse_alternation(flags, flags & kVerbose, 0, true);
  if (!failed_ && !at_end()) fail("unbalanced parenthesis", tell());
  for (auto& [gid, pos] : cond_refs_)
    if (!failed_ && gid > out_->groups) fail("invalid group reference " + std::to_string(gid), pos);
  if (failed_) return false;
  int f = flags_;
  if (!bytes_) {
    if (f & kLocale) return fail("cannot use LOCALE flag with a str pattern", -1, &exc::ValueError);
    if (!(f & kAscii))
      f |= kUnicode;
    else if (f & kUnicode)
      return fail("ASCII and UNICODE flags are incompatible", -1, &exc::ValueError);
  } else {
    if (f & kUnicode)
      return fail("cannot use UNICODE flag with a bytes pattern", -1, &exc::ValueError);
    if ((f & kLocale) && (f & kAscii))
      return fail("ASCII and LOCALE flags are incompatible", -1, &exc::ValueError);
  }
  out_->flags = f;
  out_->root = root;
  return true;
}

Node* Parser::parse_alternation(int flags, bool verbose, int depth, bool first) {
  if (depth > kMaxDepth) {
    fail("maximum recursion depth exceeded", -1, &exc::RecursionError);
    return nullptr;
  }
  std::vector<Node*> branches;
  while (true) {
    Node* b = parse_sequence(flags, verbose, depth, first && branches.empty());
    if (!b) return nullptr;
    branches.push_back(b);
    if (!match('|')) break;
  }
  if (failed_) return nullptr;
  if (branches.size() == 1) return branches[0];
  if (Node* set = merge_branches(branches, flags)) return set;
  Node* alt = out_->make(NodeKind::Alternate, flags);
  alt->kids = std::move(branches);
  return alt;
}

// a|b|[cd] is one class, as in CPython. Besides being faster, this decides
// which repeat a surrounding quantifier becomes, and sre's single-character
// repeats differ in one corner (a start beyond endpos never matches).
Node* Parser::merge_branches(const std::vector<Node*>& branches, int flags) {
  for (Node* b : branches) {
    if (b->kind == NodeKind::Literal) continue;
    if (b->kind == NodeKind::Set && !out_->sets[b->index].negate) continue;
    return nullptr;
  }
  CharSet merged;
  bool ascii = bytes_ || (flags & (kAscii | kLocale));
  merged.ascii = ascii;
  merged.fold = (flags & kIgnoreCase) && !ascii;
  merged.afold = (flags & kIgnoreCase) && ascii;
  for (Node* b : branches) {
    if (b->kind == NodeKind::Literal) {
      merged.ranges.push_back({b->cp, b->cp});
    } else {
      const CharSet& s = out_->sets[b->index];
      merged.ranges.insert(merged.ranges.end(), s.ranges.begin(), s.ranges.end());
      merged.cats |= s.cats;
    }
  }
  merged.finish();
  out_->sets.push_back(std::move(merged));
  Node* n = out_->make(NodeKind::Set, flags);
  n->index = static_cast<int32_t>(out_->sets.size() - 1);
  return n;
}

Node* Parser::parse_sequence(int& flags, bool& verbose, int depth, bool first) {
  std::vector<Node*> items;
  while (!failed_) {
    if (at_end() || next_is('|') || next_is(')')) break;
    size_t start = tell();
    int tlen = len_;
    uint32_t c = p_[start];
    advance();
    if (verbose && tlen == 1) {
      if (is_verbose_space(c)) continue;
      if (c == '#') {
        while (!at_end()) {
          bool nl = next_is('\n');
          advance();
          if (nl) break;
        }
        continue;
      }
    }
    Node* node = nullptr;
    if (tlen == 2) {
      node = parse_escape(flags, start);
    } else if (c == '[') {
      node = parse_class(flags, start);
    } else if (c == '*' || c == '+' || c == '?' || c == '{') {
      if (!parse_repeat(items, c, start)) return nullptr;
      continue;
    } else if (c == '.') {
      node = out_->make(NodeKind::Any, flags);
    } else if (c == '(') {
      bool skip = false;
      node = parse_group(flags, verbose, depth, first, items.empty(), &skip);
      if (skip) {
        // (?flags) at the start changed the global flags for what follows.
        if (depth == 0) flags = flags_;
        continue;
      }
    } else if (c == '^' || c == '$') {
      node = out_->make(NodeKind::At, flags);
      node->index = c == '^' ? kAtBeginning : kAtEnd;
    } else {
      node = make_literal(flags, c);
    }
    if (!node) return nullptr;
    items.push_back(node);
  }
  if (failed_) return nullptr;
  if (items.size() == 1) return items[0];
  Node* seq = out_->make(items.empty() ? NodeKind::Empty : NodeKind::Concat, flags);
  seq->kids = std::move(items);
  return seq;
}

// ---------------------------------------------------------------------------
// Repeats: * + ? {m,n}, each optionally lazy (?) or possessive (+)

bool Parser::parse_repeat(std::vector<Node*>& items, uint32_t op, size_t tok_start) {
  size_t here = tell();
  uint32_t min = 0, max = kRepeatInf;
  if (op == '?') {
    max = 1;
  } else if (op == '+') {
    min = 1;
  } else if (op == '{') {
    if (next_is('}')) {
      items.push_back(make_literal(0, '{'));
      return true;
    }
    // Digits saturate at MAXREPEAT: anything that large is an overflow.
    auto digits = [&](bool* any) {
      uint64_t v = 0;
      *any = false;
      while (next_is_digit()) {
        v = std::min<uint64_t>(v * 10 + (p_[cur_] - '0'), kRepeatInf);
        *any = true;
        advance();
      }
      return v;
    };
    bool has_lo, has_hi;
    uint64_t lo = digits(&has_lo), hi = lo;
    has_hi = has_lo;
    if (match(',')) hi = digits(&has_hi);
    if (!match('}')) {
      items.push_back(make_literal(0, '{'));
      seek(here);
      return !failed_;
    }
    if ((has_lo && lo >= kRepeatInf) || (has_hi && hi >= kRepeatInf))
      return fail("the repetition number is too large", -1, &exc::OverflowError);
    if (has_lo) min = static_cast<uint32_t>(lo);
    if (has_hi) {
      max = static_cast<uint32_t>(hi);
      if (max < min) return fail("min repeat greater than max repeat", here);
    }
  }
  if (items.empty() || items.back()->kind == NodeKind::At)
    return fail("nothing to repeat", tok_start);
  if (items.back()->kind == NodeKind::Repeat) return fail("multiple repeat", tok_start);
  Node* r = out_->make(NodeKind::Repeat, 0);
  r->min = min;
  r->max = max;
  r->kids.push_back(items.back());
  if (match('?'))
    r->lazy = true;
  else if (match('+'))
    r->possessive = true;
  items.back() = r;
  return !failed_;
}

// ---------------------------------------------------------------------------
// Groups: ( (?: (?P<n> (?P=n) (?# (?= (?! (?<= (?<! (?( (?> (?flags

Node* Parser::parse_group(int flags, bool& verbose, int depth, bool first, bool items_empty,
                          bool* skip) {
  size_t start = tell() - 1;
  bool capture = true, atomic = false, named = false;
  std::string name;
  size_t name_start = 0;
  int add = 0, del = 0;
  if (match('?')) {
    if (at_end()) return fail("unexpected end of pattern", tell()), nullptr;
    uint32_t c = p_[cur_];
    int clen = len_;
    size_t cpos = tell();
    advance();
    if (clen == 2) {
      fail("unknown extension ?" + text(cpos, 2), cpos - 1);
      return nullptr;
    }
    if (c == 'P') {
      if (match('<')) {
        if (!get_until('>', "group name", &name, &name_start) ||
            !check_group_name(name, name_start))
          return nullptr;
        named = true;
      } else if (match('=')) {
        if (!get_until(')', "group name", &name, &name_start) ||
            !check_group_name(name, name_start))
          return nullptr;
        int gid = -1;
        for (auto& [n, g] : out_->names)
          if (n == name) gid = g;
        if (gid < 0) return fail("unknown group name " + py_repr(name), name_start), nullptr;
        if (!closed_[gid]) return fail("cannot refer to an open group", name_start), nullptr;
        if (!check_lookbehind_group(gid, tell())) return nullptr;
        Node* ref = out_->make(NodeKind::Backref, flags);
        ref->index = gid;
        return ref;
      } else {
        if (at_end()) return fail("unexpected end of pattern", tell()), nullptr;
        size_t t = tell();
        int tl = len_;
        advance();
        return fail("unknown extension ?P" + text(t, tl), t - 2), nullptr;
      }
    } else if (c == ':') {
      capture = false;
    } else if (c == '#') {
      while (true) {
        if (failed_) return nullptr;
        if (at_end()) return fail("missing ), unterminated comment", start), nullptr;
        bool close = next_is(')');
        advance();
        if (close) break;
      }
      *skip = true;
      return nullptr;
    } else if (c == '=' || c == '!' || c == '<') {
      bool behind = false;
      if (c == '<') {
        if (at_end()) return fail("unexpected end of pattern", tell()), nullptr;
        size_t t = tell();
        int tl = len_;
        c = p_[t];
        advance();
        if (tl != 1 || (c != '=' && c != '!'))
          return fail("unknown extension ?<" + text(t, tl), t - 2), nullptr;
        behind = true;
      }
      int saved = lookbehind_groups_;
      if (behind && saved < 0) lookbehind_groups_ = out_->groups + 1;
      Node* body = parse_alternation(flags, verbose, depth + 1, false);
      if (behind) lookbehind_groups_ = saved;
      if (!body) return nullptr;
      if (!match(')')) return fail("missing ), unterminated subpattern", start), nullptr;
      Node* look = out_->make(NodeKind::Look, flags);
      look->behind = behind;
      look->negate = c == '!';
      look->kids.push_back(body);
      return look;
    } else if (c == '(') {
      return parse_conditional(flags, verbose, depth, start);
    } else if (c == '>') {
      capture = false;
      atomic = true;
    } else if (flag_of(c) || c == '-') {
      int kind = parse_flags(c, &add, &del);
      if (kind < 0) return nullptr;
      if (kind == 0) {
        if (!first || !items_empty || depth > 0) {
          fail("global flags not at the start of the expression", start);
          return nullptr;
        }
        verbose = flags_ & kVerbose;
        *skip = true;
        return nullptr;
      }
      capture = false;
    } else {
      return fail("unknown extension ?" + text(cpos, 1), cpos - 1), nullptr;
    }
  }
  int gid = 0;
  if (capture) {
    gid = ++out_->groups;
    closed_.resize(gid + 1, false);
    if (named) {
      for (auto& [n, g] : out_->names) {
        if (n == name) {
          fail("redefinition of group name " + py_repr(name) + " as group " + std::to_string(gid) +
                   "; was group " + std::to_string(g),
               name_start);
          return nullptr;
        }
      }
      out_->names.push_back({name, gid});
    }
  }
  int inner = flags;
  if (add & kTypeFlags) inner &= ~kTypeFlags;
  inner = (inner | add) & ~del;
  bool sub_verbose = (verbose || (add & kVerbose)) && !(del & kVerbose);
  Node* body = parse_alternation(inner, sub_verbose, depth + 1, false);
  if (!body) return nullptr;
  if (!match(')')) return fail("missing ), unterminated subpattern", start), nullptr;
  if (capture) closed_[gid] = true;
  // Groups are wrapped so that `(?:a*)*` is not mistaken for a double repeat.
  Node* g = out_->make(capture  ? NodeKind::Group
                       : atomic ? NodeKind::Atomic
                                : NodeKind::Concat,
                       flags);
  g->index = gid;
  g->kids.push_back(body);
  return g;
}

Node* Parser::parse_conditional(int flags, bool verbose, int depth, size_t start) {
  std::string name;
  size_t name_start;
  if (!get_until(')', "group name", &name, &name_start)) return nullptr;
  size_t len = tell() - 1 - name_start;
  int gid = -1;
  if (is_identifier(name_start, len)) {
    for (auto& [n, g] : out_->names)
      if (n == name) gid = g;
    if (gid < 0) return fail("unknown group name " + py_repr(name), name_start), nullptr;
  } else {
    // int(name): an optional sign, then decimal digits.
    size_t i = name_start, e = name_start + len;
    bool neg = false;
    if (i < e && (p_[i] == '+' || p_[i] == '-')) neg = p_[i++] == '-';
    uint64_t v = 0;
    bool ok = i < e;
    for (; i < e && ok; ++i) {
      int d = unicode::decimal_value(p_[i]);
      if (d < 0)
        ok = false;
      else
        v = std::min<uint64_t>(v * 10 + d, uint64_t{1} << 40);
    }
    if (!ok || (neg && v != 0))
      return fail("bad character in group name " + py_repr(name), name_start), nullptr;
    if (v == 0) return fail("bad group number", name_start), nullptr;
    if (v >= (uint64_t{1} << 30))
      return fail("invalid group reference " + std::to_string(v), name_start), nullptr;
    gid = static_cast<int>(v);
    bool seen = false;
    for (auto& r : cond_refs_) seen |= r.first == gid;
    if (!seen) cond_refs_.push_back({gid, static_cast<int64_t>(name_start)});
  }
  if (!check_lookbehind_group(gid, tell())) return nullptr;
  int f = flags;
  bool v = verbose;
  Node* yes = parse_sequence(f, v, depth + 1, false);
  if (!yes) return nullptr;
  Node* no = nullptr;
  if (match('|')) {
    no = parse_sequence(f, v, depth + 1, false);
    if (!no) return nullptr;
    if (next_is('|'))
      return fail("conditional backref with more than two branches", tell()), nullptr;
  }
  if (!match(')')) return fail("missing ), unterminated subpattern", start), nullptr;
  Node* cond = out_->make(NodeKind::Cond, flags);
  cond->index = gid;
  cond->kids.push_back(yes);
  cond->kids.push_back(no ? no : out_->make(NodeKind::Empty, flags));
  return cond;
}

// (?aiLmsux) sets global flags (returns 0); (?aiLmsux-imsx:...) scopes them
// (returns 1 with add/del). -1 on a malformed flag group.
int Parser::parse_flags(uint32_t c, int* add, int* del) {
  auto token = [&](uint32_t* ch, int* tl) {
    *tl = len_;
    *ch = len_ == 1 ? p_[cur_] : 0;
    advance();
  };
  int tl = 1;
  if (c != '-') {
    while (true) {
      int flag = flag_of(c);
      if (!bytes_ && c == 'L')
        return fail("bad inline flags: cannot use 'L' flag with a str pattern", tell()), -1;
      if (bytes_ && c == 'u')
        return fail("bad inline flags: cannot use 'u' flag with a bytes pattern", tell()), -1;
      *add |= flag;
      if ((flag & kTypeFlags) && (*add & kTypeFlags) != flag)
        return fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", tell()), -1;
      if (at_end()) return fail("missing -, : or )", tell()), -1;
      token(&c, &tl);
      if (tl == 1 && (c == ')' || c == '-' || c == ':')) break;
      if (tl != 1 || !flag_of(c))
        return fail(tl == 1 && is_alpha(c) ? "unknown flag" : "missing -, : or )", tell() - tl), -1;
    }
  }
  if (c == ')') {
    flags_ |= *add;
    return 0;
  }
  if (*add & kGlobalFlags)
    return fail("bad inline flags: cannot turn on global flag", tell() - 1), -1;
  if (c == '-') {
    if (at_end()) return fail("missing flag", tell()), -1;
    token(&c, &tl);
    if (tl != 1 || !flag_of(c))
      return fail(tl == 1 && is_alpha(c) ? "unknown flag" : "missing flag", tell() - tl), -1;
    while (true) {
      int flag = flag_of(c);
      if (flag & kTypeFlags)
        return fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", tell()), -1;
      *del |= flag;
      if (at_end()) return fail("missing :", tell()), -1;
      token(&c, &tl);
      if (tl == 1 && c == ':') break;
      if (tl != 1 || !flag_of(c))
        return fail(tl == 1 && is_alpha(c) ? "unknown flag" : "missing :", tell() - tl), -1;
    }
  }
  if (*del & kGlobalFlags)
    return fail("bad inline flags: cannot turn off global flag", tell() - 1), -1;
  if (*add & *del) return fail("bad inline flags: flag turned on and off", tell() - 1), -1;
  return failed_ ? -1 : 1;
}

// CPython reports errors in bytes patterns in ASCII, non-ASCII as \xhh.
std::string ascii_message(const std::string& msg) {
  std::string out;
  for (size_t i = 0; i < msg.size();) {
    unsigned char b = static_cast<unsigned char>(msg[i]);
    if (b < 0x80) {
      out += msg[i++];
      continue;
    }
    uint32_t c = b < 0xE0 ? ((b & 0x1Fu) << 6) | (msg[i + 1] & 0x3Fu) : '?';
    i += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char buf[8];
    snprintf(buf, sizeof buf, "\\x%02x", c);
    out += buf;
  }
  return out;
}

bool parse(const std::vector<uint32_t>& pat, bool is_bytes, int flags, Value pattern_obj,
           Parsed* out) {
  Parser parser(pat, is_bytes, out);
  if (parser.run(flags)) return true;
  if (is_bytes) parser.err_msg_ = ascii_message(parser.err_msg_);
  if (parser.err_type_)
    raise(parser.err_type_, "%s", parser.err_msg_.c_str());
  else
    raise_error(parser.err_msg_, pattern_obj, parser.err_pos_);
  return false;
}

}  // namespace tr::modules::re
