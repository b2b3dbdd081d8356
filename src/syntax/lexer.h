// lexer.h — source text -> token vector (first stage of src/syntax).
// Handles BOM, line joining, INDENT/DEDENT and bracket matching; string and
// number tokens keep their raw text and are decoded by the parser.
// Internal to src/syntax.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tr::syntax {

enum class TokenKind : uint8_t {
#define TR_TOKEN(name, s) name,
#define TR_OP(name, s) name,
#define TR_KEYWORD(name, s) Kw##name,
#include "syntax/tokens.def"
#undef TR_TOKEN
#undef TR_OP
#undef TR_KEYWORD
};

const char* token_kind_name(TokenKind k);
// Keywords come last in tokens.def.
inline bool is_keyword(TokenKind k) { return k >= TokenKind::KwFalse; }

// Positions: 1-based lines, 0-based UTF-8 byte columns (as the AST).
struct Token {
  TokenKind kind;
  int line, col, end_line, end_col;
  std::string_view text;  // slice of Lexer::source()
};

// A lexer error in CPython's terms; col/end_col are CPython's 1-based
// offsets but counted in bytes (the parser converts them to characters).
// end_col == -1 means "no end" (IndentationError), -2 means "end unset".
struct LexError {
  std::string kind = "SyntaxError";
  std::string msg;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  bool text_has_newline = false;  // CPython keeps '\n' in a few cases
};

struct OpenBracket {
  char ch;
  int line, col;
};

class KeywordTable;

class Lexer {
 public:
  // `hausa_keywords`: also accept the Hausa keyword aliases of tokens.def.
  // A keyword token's text is the spelling as written, so the parser can
  // tell a Hausa keyword from its Python original.
  explicit Lexer(std::string_view source, bool hausa_keywords = false);

  // Tokenizes the whole input.  On error the token list ends with an Error
  // token at the error position and error() is set.
  void run();

  const std::vector<Token>& tokens() const { return tokens_; }
  const std::optional<LexError>& error() const { return error_; }
  const std::string& source() const { return src_; }
  // Brackets still open at the end of input (innermost last).
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }
  // The text of source line `line` (1-based) without its newline.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  void lex_line_start();
  bool lex_token();
  void lex_name_or_string();
  void lex_string(size_t start, size_t prefix_len);
  void lex_number(size_t start);
  void lex_operator();
  void finish();

  void emit(TokenKind kind, size_t start, int start_line, int start_col);
  void fail(const std::string& msg, int line, int col, int end_line, int end_col,
            const char* kind = "SyntaxError");
  int col_of(size_t pos) const { return static_cast<int>(pos - line_start_); }
  void new_line(size_t next_line_start);
  bool number_end_ok(size_t pos, const char* kind, size_t start);
  bool take_second_word(std::string_view second);

  const KeywordTable* keywords_;

  std::string src_;
  std::vector<size_t> line_starts_;
  std::vector<Token> tokens_;
  std::optional<LexError> error_;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<OpenBracket> brackets_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
};

}  // namespace tr::syntax
