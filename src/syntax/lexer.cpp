// lexer.cpp — tokenizer for Python 3.11 source (first stage of src/syntax).
// Follows CPython's tokenizer rules for indentation (tabs to multiples of 8,
// with a tabs-as-1 "alt" column for TabError), line joining and numbers.

#include "syntax/lexer.h"

#include <cstdio>
#include <cstring>

#include "syntax/keywords.h"
#include "syntax/unicode.h"

namespace tr::syntax {

const char* token_kind_name(TokenKind k) {
  static const char* kNames[] = {
#define TR_TOKEN(name, s) s,
#define TR_OP(name, s) "'" s "'",
#define TR_KEYWORD(name, s) "'" s "'",
#include "syntax/tokens.def"
#undef TR_TOKEN
#undef TR_OP
#undef TR_KEYWORD
  };
  return kNames[static_cast<int>(k)];
}

namespace {

struct Spelling {
  std::string_view text;  // lengths known at compile time: no strlen per probe
  TokenKind kind;
};

constexpr Spelling kOperators[] = {
#define TR_OP(name, s) {s, TokenKind::name},
#include "syntax/tokens.def"
#undef TR_OP
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_string_prefix(std::string_view p) {
  std::string low;
  for (char c : p) low += static_cast<char>(c | 0x20);
  static const char* kPrefixes[] = {"r", "u", "b", "br", "rb", "f", "fr", "rf"};
  for (const char* s : kPrefixes)
    if (low == s) return true;
  return false;
}

}  // namespace

// ---------------------------------------------------------------- setup

Lexer::Lexer(std::string_view source, bool hausa)
    : keywords_(hausa ? &hausa_keywords() : &python_keywords()) {
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  // Universal newlines, as CPython's reader: \r\n and \r become \n.
  src_.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\r') {
      src_ += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      src_ += source[i];
    }
  }
  if (!src_.empty() && src_.back() != '\n') src_ += '\n';
  line_starts_.push_back(0);
  for (size_t i = 0; i < src_.size(); ++i)
    if (src_[i] == '\n' && i + 1 < src_.size()) line_starts_.push_back(i + 1);
}

std::string_view Lexer::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = src_.find('\n', start);
  if (end == std::string::npos) end = src_.size();
  return std::string_view(src_).substr(start, end - start);
}

void Lexer::emit(TokenKind kind, size_t start, int start_line, int start_col) {
  Token t;
  t.kind = kind;
  t.line = start_line;
  t.col = start_col;
  t.end_line = line_;
  t.end_col = col_of(pos_);
  t.text = std::string_view(src_).substr(start, pos_ - start);
  tokens_.push_back(t);
}

void Lexer::fail(const std::string& msg, int line, int col, int end_line, int end_col,
                 const char* kind) {
  if (error_) return;
  LexError e;
  e.kind = kind;
  e.msg = msg;
  e.line = line;
  e.col = col;
  e.end_line = end_line;
  e.end_col = end_col;
  error_ = e;
  Token t{TokenKind::Error, line, col, line, col, {}};
  tokens_.push_back(t);
}

void Lexer::new_line(size_t next_line_start) {
  ++line_;
  line_start_ = next_line_start;
}

// ---------------------------------------------------------------- driver

void Lexer::run() {
  while (!error_) {
    if (at_line_start_ && brackets_.empty()) {
      lex_line_start();
      if (error_) return;
    }
    if (pos_ >= src_.size()) break;
    if (!lex_token()) break;
  }
  if (!error_) finish();
}

void Lexer::finish() {
  if (line_has_tokens_ && brackets_.empty()) {
    // Unreachable with the appended '\n', kept for safety.
    emit(TokenKind::Newline, pos_, line_, col_of(pos_));
  }
  // CPython places trailing DEDENTs and ENDMARKER on the line after the last.
  int end_line = line_;
  while (indents_.size() > 1) {
    indents_.pop_back();
    tokens_.push_back({TokenKind::Dedent, end_line, 0, end_line, 0, {}});
  }
  tokens_.push_back({TokenKind::EndMarker, end_line, 0, end_line, 0, {}});
}

// Measures indentation at the start of a logical line and emits INDENT or
// DEDENT tokens.  Blank and comment-only lines are skipped entirely.
void Lexer::lex_line_start() {
  while (true) {
    at_line_start_ = false;
    int col = 0, alt = 0;
    size_t p = pos_;
    for (; p < src_.size(); ++p) {
      char c = src_[p];
      if (c == ' ') {
        ++col, ++alt;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        ++alt;
      } else if (c == '\f') {
        col = alt = 0;
      } else {
        break;
      }
    }
    if (p >= src_.size()) {
      pos_ = p;
      return;
    }
    if (src_[p] == '#' || src_[p] == '\n') {
      // Blank line: no NEWLINE, no indentation change.
      size_t nl = src_.find('\n', p);
      pos_ = nl + 1;
      new_line(pos_);
      at_line_start_ = true;
      if (pos_ >= src_.size()) return;
      continue;
    }
    pos_ = p;
    int tcol = col_of(p);
    auto tab_error = [&] {
      fail("inconsistent use of tabs and spaces in indentation", line_, tcol, line_, -1,
           "TabError");
    };
    if (col == indents_.back()) {
      if (alt != alt_indents_.back()) return tab_error();
    } else if (col > indents_.back()) {
      if (alt <= alt_indents_.back()) return tab_error();
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      tokens_.push_back({TokenKind::Indent, line_, 0, line_, tcol, {}});
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        tokens_.push_back({TokenKind::Dedent, line_, tcol, line_, tcol, {}});
      }
      if (col != indents_.back()) {
        fail("unindent does not match any outer indentation level", line_, tcol, line_, -1,
             "IndentationError");
        error_->text_has_newline = true;
        return;
      }
      if (alt != alt_indents_.back()) return tab_error();
    }
    return;
  }
}

// Lexes one token (or skips whitespace/comments/newlines).  Returns false at
// end of input.
bool Lexer::lex_token() {
  while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\f'))
    ++pos_;
  if (pos_ >= src_.size()) return false;
  char c = src_[pos_];
  size_t start = pos_;
  if (c == '#') {
    while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
    return true;
  }
  if (c == '\n') {
    if (brackets_.empty()) {
      ++pos_;
      // Zero-width, as CPython's NEWLINE token (its end excludes the '\n').
      Token t{TokenKind::Newline, line_, col_of(start), line_, col_of(start),
              std::string_view(src_).substr(start, 1)};
      tokens_.push_back(t);
      at_line_start_ = true;
      line_has_tokens_ = false;
    } else {
      ++pos_;
    }
    new_line(pos_);
    return true;
  }
  if (c == '\\') {
    if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') {
      pos_ += 2;
      new_line(pos_);
      if (pos_ >= src_.size()) {
        fail("unexpected EOF while parsing", line_ - 1, col_of(start), line_ - 1, col_of(start));
        return false;
      }
      return true;
    }
    fail("unexpected character after line continuation character", line_, col_of(start) + 2,
         line_, -2);
    error_->text_has_newline = true;
    return false;
  }
  line_has_tokens_ = true;
  if (is_digit(c) || (c == '.' && pos_ + 1 < src_.size() && is_digit(src_[pos_ + 1]))) {
    lex_number(start);
    return !error_;
  }
  if (c == '"' || c == '\'') {
    lex_string(start, 0);
    return !error_;
  }
  if (static_cast<unsigned char>(c) >= 0x80 || c == '_' ||
      ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
    lex_name_or_string();
    return !error_;
  }
  lex_operator();
  return !error_;
}

// ---------------------------------------------------------------- names

void Lexer::lex_name_or_string() {
  size_t start = pos_;
  int len;
  int32_t cp = utf8_decode(src_, pos_, &len);
  if (cp < 0 || !is_id_start(static_cast<uint32_t>(cp))) {
    char buf[160];
    if (cp >= 0 && is_printable(static_cast<uint32_t>(cp))) {
      std::snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", len, src_.data() + pos_,
                    cp);
    } else {
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                    cp < 0 ? static_cast<unsigned char>(src_[pos_]) : cp);
    }
    fail(buf, line_, col_of(pos_) + 1, line_, col_of(pos_) + 1);
    return;
  }
  pos_ += len;
  while (pos_ < src_.size()) {
    cp = utf8_decode(src_, pos_, &len);
    if (cp < 0 || !is_id_continue(static_cast<uint32_t>(cp))) break;
    pos_ += len;
  }
  std::string_view word = std::string_view(src_).substr(start, pos_ - start);
  if (pos_ < src_.size() && (src_[pos_] == '"' || src_[pos_] == '\'') && word.size() <= 2 &&
      is_string_prefix(word)) {
    lex_string(start, word.size());
    return;
  }
  std::string_view second;
  TokenKind kind = keywords_->lookup(word, &second);
  if (!second.empty() && !take_second_word(second)) kind = TokenKind::Name;
  emit(kind, start, line_, col_of(start));
}

// The second word of a two-word keyword alias ("kokuma idan"): consumed when
// it follows on the same line after spaces or tabs, as a whole word.
bool Lexer::take_second_word(std::string_view second) {
  size_t p = pos_;
  while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t')) ++p;
  if (p == pos_ || src_.compare(p, second.size(), second) != 0) return false;
  size_t end = p + second.size();
  if (end < src_.size()) {
    char c = src_[end];
    bool word_goes_on = static_cast<unsigned char>(c) >= 0x80 || c == '_' || is_digit(c) ||
                        ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (word_goes_on) return false;
  }
  pos_ = end;
  return true;
}

// ---------------------------------------------------------------- strings

// Scans a string literal; the token text includes prefix and quotes.  The
// body is decoded later (string_literal.cpp), so here only the extent matters.
void Lexer::lex_string(size_t start, size_t prefix_len) {
  int start_line = line_;
  int start_col = col_of(start);
  size_t start_line_start = line_start_;
  pos_ = start + prefix_len;
  char quote = src_[pos_];
  bool triple = pos_ + 2 < src_.size() && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote;
  pos_ += triple ? 3 : 1;
  while (true) {
    if (pos_ >= src_.size()) {
      char buf[120];
      int detect_line = line_count();
      std::snprintf(buf, sizeof buf, "unterminated %sstring literal (detected at line %d)",
                    triple ? "triple-quoted " : "", detect_line);
      line_ = start_line;
      line_start_ = start_line_start;
      fail(buf, start_line, start_col + 1, start_line, start_col + 1);
      return;
    }
    char c = src_[pos_];
    if (c == '\\') {
      if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') {
        pos_ += 2;
        new_line(pos_);
      } else {
        pos_ += 2;
      }
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        char buf[120];
        std::snprintf(buf, sizeof buf, "unterminated string literal (detected at line %d)", line_);
        fail(buf, start_line, start_col + 1, start_line, start_col + 1);
        return;
      }
      ++pos_;
      new_line(pos_);
      continue;
    }
    if (c == quote) {
      if (!triple) {
        ++pos_;
        break;
      }
      if (pos_ + 2 < src_.size() && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote) {
        pos_ += 3;
        break;
      }
    }
    ++pos_;
  }
  Token t;
  t.kind = TokenKind::String;
  t.line = start_line;
  t.col = start_col;
  t.end_line = line_;
  t.end_col = col_of(pos_);
  t.text = std::string_view(src_).substr(start, pos_ - start);
  tokens_.push_back(t);
}

// ---------------------------------------------------------------- operators

void Lexer::lex_operator() {
  size_t start = pos_;
  char c = src_[pos_];
  // Longest match among the spellings that start with `c`.
  const Spelling* best = nullptr;
  for (const Spelling& op : kOperators) {
    if (op.text[0] != c || (best && op.text.size() <= best->text.size())) continue;
    if (src_.compare(pos_, op.text.size(), op.text) == 0) best = &op;
  }
  if (best) {
    const Spelling& op = *best;
    pos_ += op.text.size();
    int col = col_of(start);
    if (c == '(' || c == '[' || c == '{') {
      if (brackets_.size() >= 200) {
        fail("too many nested parentheses", line_, col + 1, line_, col + 1);
        return;
      }
      brackets_.push_back({c, line_, col});
    } else if (c == ')' || c == ']' || c == '}') {
      char buf[160];
      if (brackets_.empty()) {
        std::snprintf(buf, sizeof buf, "unmatched '%c'", c);
        fail(buf, line_, col + 1, line_, col + 1);
        return;
      }
      OpenBracket open = brackets_.back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (c != want) {
        if (open.line != line_) {
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                        "line %d",
                        c, open.ch, open.line);
        } else {
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open.ch);
        }
        fail(buf, line_, col + 1, line_, col + 1);
        return;
      }
      brackets_.pop_back();
    }
    emit(op.kind, start, line_, col);
    return;
  }
  // Not an operator: an invalid character such as '$', '?' or a backtick.
  char buf[80];
  if (c == '!') {
    emit(TokenKind::Exclamation, start, line_, col_of(start));
    return;
  }
  if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)
    std::snprintf(buf, sizeof buf, "invalid syntax");
  else
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                  static_cast<unsigned char>(c));
  fail(buf, line_, col_of(start) + 1, line_, col_of(start) + 2);
}

}  // namespace tr::syntax
