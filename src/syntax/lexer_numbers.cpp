// lexer_numbers.cpp — numeric literal scanning for the lexer.  Only the extent
// and validity are decided here (with CPython's messages and offsets); the
// parser converts the text into a Constant.

#include <cstdio>
#include <cstring>

#include "syntax/lexer.h"
#include "syntax/unicode.h"

namespace tr::syntax {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

// After a number: an identifier character directly following is an error,
// except a keyword that may legally follow (`1if x else y`, `0x1for ...`).
bool Lexer::number_end_ok(size_t pos, const char* kind, size_t start) {
  (void)start;
  if (pos >= src_.size()) return true;
  static const char* kFollowers[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  for (const char* kw : kFollowers)
    if (src_.compare(pos, std::strlen(kw), kw) == 0) return true;
  unsigned char c = static_cast<unsigned char>(src_[pos]);
  bool ident = c >= 0x80 || c == '_' || is_digit(static_cast<char>(c)) ||
               ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (!ident) return true;
  char buf[80];
  std::snprintf(buf, sizeof buf, "invalid %s literal", kind);
  int col = col_of(pos);
  fail(buf, line_, col, line_, col);
  return false;
}

void Lexer::lex_number(size_t start) {
  int start_col = col_of(start);
  const std::string& s = src_;
  size_t p = start;
  auto err_at = [&](const char* msg, size_t at) {
    int col = col_of(at);
    fail(msg, line_, col, line_, col);
  };
  // Digits in [pred] separated by single underscores; returns false (after
  // reporting) if an underscore is not followed by a digit.
  auto digits = [&](auto pred, const char* kind) {
    while (p < s.size() && (pred(s[p]) || s[p] == '_')) {
      if (s[p] == '_') {
        if (p + 1 >= s.size() || !pred(s[p + 1])) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid %s literal", kind);
          err_at(buf, p + 1);
          return false;
        }
      }
      ++p;
    }
    return true;
  };
  auto exponent_and_imag = [&]() -> bool {
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
      size_t e = p;
      ++p;
      bool sign = false;
      if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p, sign = true;
      if (p >= s.size() || !is_digit(s[p])) {
        if (sign) {
          err_at("invalid decimal literal", p);
          return false;
        }
        p = e;  // `1else`: the number ends before the 'e'
        pos_ = p;
        return number_end_ok(p, "decimal", start);
      }
      if (!digits(is_digit, "decimal")) return false;
    }
    if (p < s.size() && (s[p] == 'j' || s[p] == 'J')) {
      ++p;
      pos_ = p;
      return number_end_ok(p, "imaginary", start);
    }
    pos_ = p;
    return number_end_ok(p, "decimal", start);
  };

  bool ok = true;
  if (s[p] == '0' && p + 1 < s.size() && (s[p + 1] | 0x20) != '.' &&
      std::strchr("xXoObB", s[p + 1]) && s[p + 1] != '\0') {
    char tag = static_cast<char>(s[p + 1] | 0x20);
    const char* kind = tag == 'x' ? "hexadecimal" : tag == 'o' ? "octal" : "binary";
    auto pred = [tag](char c) {
      return tag == 'x' ? is_hex(c) : tag == 'o' ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
    };
    p += 2;
    if (p < s.size() && s[p] == '_') ++p;
    char buf[80];
    if (p >= s.size() || !pred(s[p])) {
      if (tag != 'x' && p < s.size() && is_digit(s[p])) {
        std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", s[p], kind);
        fail(buf, line_, col_of(p) + 1, line_, col_of(p) + 1);
      } else {
        std::snprintf(buf, sizeof buf, "invalid %s literal", kind);
        err_at(buf, p);
      }
      return;
    }
    if (!digits(pred, kind)) return;
    if (tag != 'x' && p < s.size() && is_digit(s[p])) {
      std::snprintf(buf, sizeof buf, "invalid digit '%c' in %s literal", s[p], kind);
      fail(buf, line_, col_of(p) + 1, line_, col_of(p) + 1);
      return;
    }
    pos_ = p;
    ok = number_end_ok(p, kind, start);
  } else if (s[p] == '0') {
    // Leading zeros: only an all-zero integer, or a float/imaginary.
    while (p < s.size() && (s[p] == '0' || s[p] == '_')) {
      if (s[p] == '_' && (p + 1 >= s.size() || !is_digit(s[p + 1]))) {
        err_at("invalid decimal literal", p + 1);
        return;
      }
      ++p;
    }
    size_t zeros_end = p;
    bool nonzero = p < s.size() && is_digit(s[p]);
    if (nonzero && !digits(is_digit, "decimal")) return;
    if (p < s.size() && s[p] == '.') {
      ++p;
      if (p < s.size() && is_digit(s[p]) && !digits(is_digit, "decimal")) return;
      ok = exponent_and_imag();
    } else if (p < s.size() && ((s[p] | 0x20) == 'e' || (s[p] | 0x20) == 'j')) {
      ok = exponent_and_imag();
    } else if (nonzero) {
      fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
           "octal integers",
           line_, start_col + 1, line_, col_of(zeros_end) + 1);
      return;
    } else {
      pos_ = p;
      ok = number_end_ok(p, "decimal", start);
    }
  } else {
    if (s[p] != '.' && !digits(is_digit, "decimal")) return;
    if (p < s.size() && s[p] == '.') {
      ++p;
      if (p < s.size() && is_digit(s[p]) && !digits(is_digit, "decimal")) return;
    }
    ok = exponent_and_imag();
  }
  if (!ok) return;
  emit(TokenKind::Number, start, line_, start_col);
}

}  // namespace tr::syntax
