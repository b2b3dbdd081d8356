// A light scan of REPL input — brackets, strings, comments, the first word
// and the end of the first logical line — enough to decide whether to show
// the continuation prompt. It does not tokenize fully: anything it lets
// through goes to the parser, which reports the errors.
#include "cli/repl_input.h"

#include <string>

namespace tr::cli {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Token kinds whose keyword opens a compound statement (the rest of them —
// match, a decorator — are recognised by the ':' or the '@').
bool opens_compound(std::string_view token_name) {
  for (const char* name : {"If", "While", "For", "Try", "With", "Def", "Class", "Async"}) {
    if (token_name == name) return true;
  }
  return false;
}

// The spellings come from the token table: Python's keywords, and their
// Hausa aliases when the session was started with --multilingual.
bool starts_compound_statement(std::string_view word, bool hausa) {
#define TR_KEYWORD(Name, spelling) \
  if (word == spelling && opens_compound(#Name)) return true;
#define TR_HAUSA(Name, alias) \
  if (hausa && word == alias && opens_compound(#Name)) return true;
#include "syntax/tokens.def"
#undef TR_KEYWORD
#undef TR_HAUSA
  return false;
}

}  // namespace

bool is_blank_line(std::string_view line) {
  return line.find_first_not_of(" \t\r\f") == std::string_view::npos;
}

InputShape shape_of(std::string_view s, bool hausa) {
  InputShape shape;
  int depth = 0;
  char quote = 0;  // the open string's quote character
  bool triple = false;
  bool first_line_done = false;  // the first logical line has ended
  char first_line_last = 0;      // its last character outside comments
  bool first_is_decorator = false;
  std::string_view first_word;
  bool continued = false;  // the input ends in a backslash-newline
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (quote) {
      if (c == '\\') {  // an escape, or a line continuation inside the string
        i += 2;
        continue;
      }
      if (triple && s.compare(i, 3, std::string(3, quote)) == 0) {
        quote = 0;
        i += 3;
      } else if (!triple && c == quote) {
        quote = 0;
        ++i;
      } else if (!triple && c == '\n') {
        quote = 0;  // unterminated: the parser says so
      } else {
        ++i;
      }
      continue;
    }
    if (c == '#') {
      while (i < n && s[i] != '\n') ++i;
      continue;
    }
    if (c == '\\' && i + 1 < n && s[i + 1] == '\n') {
      i += 2;
      continued = i == n;
      continue;
    }
    if (c == '\n') {
      if (depth == 0 && !shape.blank) first_line_done = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
      ++i;
      continue;
    }
    if (shape.blank) {
      shape.blank = false;
      first_is_decorator = c == '@';
      size_t end = i;
      while (end < n && is_word_char(s[end])) ++end;
      first_word = s.substr(i, end - i);
    }
    if (!first_line_done) first_line_last = c;
    if (c == '\'' || c == '"') {
      quote = c;
      triple = s.compare(i, 3, std::string(3, c)) == 0;
      i += triple ? 3 : 1;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') ++depth;
    if ((c == ')' || c == ']' || c == '}') && depth > 0) --depth;
    ++i;
  }
  shape.open = depth > 0 || quote != 0 || continued;
  shape.block = first_is_decorator || starts_compound_statement(first_word, hausa) ||
                (first_line_done && first_line_last == ':');
  return shape;
}

}  // namespace tr::cli
