// The re pattern parser, part 2: backslash escapes (outside and inside
// classes) and character classes [...]. Messages and positions are CPython's.
#include "modules/re_parse.h"

namespace tr::modules::re {
namespace {

bool is_hex(uint32_t c) {
  return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f');
}
uint32_t hex_value(uint32_t c) {
  return c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
}
bool is_octal(uint32_t c) {
  return c >= '0' && c <= '7';
}
bool is_ascii_letter(uint32_t c) {
  return ((c | 32) - 'a') < 26;
}

// The control escapes shared by both contexts (\b differs: see callers).
int simple_escape(uint32_t c) {
  switch (c) {
    case 'a':
      return 7;
    case 'f':
      return 12;
    case 'n':
      return 10;
    case 'r':
      return 13;
    case 't':
      return 9;
    case 'v':
      return 11;
    case '\\':
      return '\\';
    default:
      return -1;
  }
}

int category_of(uint32_t c) {
  switch (c) {
    case 'd':
      return kCatDigit;
    case 'D':
      return kCatNotDigit;
    case 's':
      return kCatSpace;
    case 'S':
      return kCatNotSpace;
    case 'w':
      return kCatWord;
    case 'W':
      return kCatNotWord;
    default:
      return -1;
  }
}

bool ascii_mode(int flags, bool bytes) {
  return bytes || (flags & (kAscii | kLocale));
}

}  // namespace

Node* Parser::make_literal(int flags, uint32_t c) {
  Node* n = out_->make(NodeKind::Literal, flags);
  n->cp = c;
  return n;
}

// \xhh \uhhhh \Uhhhhhhhh: exactly that many hex digits follow the token.
bool Parser::hex_escape(size_t start, uint32_t kind, uint32_t* value) {
  int want = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
  uint64_t v = 0;
  int got = 0;
  while (got < want && len_ == 1 && is_hex(p_[cur_])) {
    v = v * 16 + hex_value(p_[cur_]);
    ++got;
    advance();
  }
  std::string escape = text(start, 2 + got);
  if (got != want) return fail("incomplete escape " + escape, start);
  if (v > 0x10FFFF) return fail("bad escape " + escape, start);
  *value = static_cast<uint32_t>(v);
  return !failed_;
}

// ---------------------------------------------------------------------------
// Escapes outside classes

Node* Parser::parse_escape(int flags, size_t start) {
  uint32_t c = p_[start + 1];
  auto at = [&](AtKind k) {
    Node* n = out_->make(NodeKind::At, flags);
    n->index = k;
    return n;
  };
  switch (c) {
    case 'A':
      return at(kAtBeginningString);
    case 'Z':
      return at(kAtEndString);
    case 'b':
      return at(kAtBoundary);
    case 'B':
      return at(kAtNonBoundary);
    default:
      break;
  }
  int cat = category_of(c);
  if (cat >= 0) {
    out_->sets.emplace_back();
    CharSet& set = out_->sets.back();
    set.cats = static_cast<uint8_t>(1u << cat);
    set.ascii = ascii_mode(flags, bytes_);
    set.finish();
    Node* n = out_->make(NodeKind::Set, flags);
    n->index = static_cast<int32_t>(out_->sets.size() - 1);
    return n;
  }
  int simple = simple_escape(c);
  if (simple >= 0) return make_literal(flags, simple);
  uint32_t v = 0;
  if (c == 'x' || (!bytes_ && (c == 'u' || c == 'U'))) {
    if (!hex_escape(start, c, &v)) return nullptr;
    return make_literal(flags, v);
  }
  if (c == 'N' && !bytes_) {
    // Character names need the Unicode name database, which we lack.
    if (!match('{')) return fail("missing {", tell()), nullptr;
    std::string name;
    size_t name_start;
    if (!get_until('}', "character name", &name, &name_start)) return nullptr;
    return fail("undefined character name '" + name + "'", start), nullptr;
  }
  if (c == '0') {
    v = 0;
    for (int i = 0; i < 2 && len_ == 1 && is_octal(p_[cur_]); ++i) {
      v = v * 8 + (p_[cur_] - '0');
      advance();
    }
    return make_literal(flags, v);
  }
  if (c >= '1' && c <= '9') {
    int group = c - '0';
    if (next_is_digit()) {
      uint32_t d2 = p_[cur_];
      advance();
      if (is_octal(c) && is_octal(d2) && len_ == 1 && is_octal(p_[cur_])) {
        uint32_t d3 = p_[cur_];
        advance();
        v = (c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
        if (v > 0377)
          return fail("octal escape value " + text(start, 4) + " outside of range 0-0o377", start),
                 nullptr;
        return make_literal(flags, v);
      }
      group = group * 10 + (d2 - '0');
    }
    if (group <= out_->groups) {
      if (!closed_[group]) return fail("cannot refer to an open group", start), nullptr;
      if (!check_lookbehind_group(group, tell())) return nullptr;
      Node* ref = out_->make(NodeKind::Backref, flags);
      ref->index = group;
      return ref;
    }
    return fail("invalid group reference " + std::to_string(group), start + 1), nullptr;
  }
  if (is_ascii_letter(c)) return fail("bad escape " + text(start, 2), start), nullptr;
  return make_literal(flags, c);
}

// ---------------------------------------------------------------------------
// Classes

// One escape inside [...]: kind 0 = literal `value`, 1 = category `value`.
bool Parser::class_escape(size_t start, int* kind, uint32_t* value) {
  uint32_t c = p_[start + 1];
  *kind = 0;
  if (c == 'b') {
    *value = 8;  // backspace, as in string literals
    return true;
  }
  int simple = simple_escape(c);
  if (simple >= 0) {
    *value = simple;
    return true;
  }
  int cat = category_of(c);
  if (cat >= 0) {
    *kind = 1;
    *value = cat;
    return true;
  }
  if (c == 'x' || (!bytes_ && (c == 'u' || c == 'U'))) return hex_escape(start, c, value);
  if (c == 'N' && !bytes_) {
    if (!match('{')) return fail("missing {", tell());
    std::string name;
    size_t name_start;
    if (!get_until('}', "character name", &name, &name_start)) return false;
    return fail("undefined character name '" + name + "'", start);
  }
  if (is_octal(c)) {
    uint32_t v = c - '0';
    int n = 1;
    for (; n < 3 && len_ == 1 && is_octal(p_[cur_]); ++n) {
      v = v * 8 + (p_[cur_] - '0');
      advance();
    }
    if (v > 0377)
      return fail("octal escape value " + text(start, 1 + n) + " outside of range 0-0o377", start);
    *value = v;
    return true;
  }
  if (is_ascii_letter(c) || (c >= '0' && c <= '9'))
    return fail("bad escape " + text(start, 2), start);
  *value = c;
  return true;
}

Node* Parser::parse_class(int flags, size_t start) {
  CharSet set;
  bool ascii = ascii_mode(flags, bytes_);
  set.ascii = ascii;
  set.negate = match('^');
  int items = 0;
  int last_kind = -1;  // kind of the only item when items == 1
  uint32_t last_value = 0;
  auto add = [&](int kind, uint32_t v) {
    if (kind == 1)
      set.cats |= static_cast<uint8_t>(1u << v);
    else
      set.ranges.push_back({v, v});
    ++items;
    last_kind = kind;
    last_value = v;
  };
  while (true) {
    if (failed_) return nullptr;
    if (at_end()) return fail("unterminated character set", start), nullptr;
    size_t t1 = tell();
    int l1 = len_;
    uint32_t c1 = p_[t1];
    advance();
    if (l1 == 1 && c1 == ']' && items > 0) break;
    int k1 = 0;
    uint32_t v1 = c1;
    if (l1 == 2 && !class_escape(t1, &k1, &v1)) return nullptr;
    if (!match('-')) {
      add(k1, v1);
      continue;
    }
    if (at_end()) return fail("unterminated character set", start), nullptr;
    size_t t2 = tell();
    int l2 = len_;
    uint32_t c2 = p_[t2];
    advance();
    if (l2 == 1 && c2 == ']') {
      add(k1, v1);
      add(0, '-');
      break;
    }
    int k2 = 0;
    uint32_t v2 = c2;
    if (l2 == 2 && !class_escape(t2, &k2, &v2)) return nullptr;
    if (k1 != 0 || k2 != 0 || v2 < v1)
      return fail("bad character range " + text(t1, l1) + "-" + text(t2, l2),
                  tell() - (l1 + 1 + l2)),
             nullptr;
    set.ranges.push_back({v1, v2});
    items += 2;  // a range never takes the one-literal shortcut
  }
  if (items == 1 && last_kind == 0 && !set.negate) return make_literal(flags, last_value);
  set.fold = (flags & kIgnoreCase) && !ascii;
  set.afold = (flags & kIgnoreCase) && ascii;
  set.finish();
  out_->sets.push_back(std::move(set));
  Node* n = out_->make(NodeKind::Set, flags);
  n->index = static_cast<int32_t>(out_->sets.size() - 1);
  return n;
}

}  // namespace tr::modules::re
