// parser.h — recursive-descent parser for the Python 3.11 grammar (second
// stage of src/syntax): token vector -> AST in an Arena.  Internal to the
// folder; other code calls parse() from syntax.h.
//
// Errors: a syntax error fills `error_` and throws ParseFailure, caught by
// parse().  Tentative parses (soft keywords, parenthesised with-items) save
// the position, catch ParseFailure, and restore.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast.h"
#include "syntax/lexer.h"
#include "syntax/syntax.h"

namespace tr::syntax {

struct ParseFailure {};

// Why a target is being checked; selects CPython's wording.
enum class TargetUse { Assign, AssignChain, For, With, Comprehension, Del, AugAssign, Walrus, Ann };

class Parser {
 public:
  // `lexer` is the lexer of the whole file (for source lines and lexer
  // errors); `tokens` are its tokens, or those of an f-string expression.
  Parser(const Lexer& lexer, std::vector<Token> tokens, Arena& arena, std::string_view filename,
         const ParseOptions& opts);
  void set_bracket_depth(int d) { bracket_depth_ = d; }

  Module* parse_module(ParseMode mode);
  const std::optional<SyntaxErrorInfo>& error() const { return error_; }

  // Used by the f-string parser for the expression of a replacement field.
  Expr* parse_fstring_expression();
  void set_depth(int d) { depth_ = d; }
  int depth() const { return depth_; }

  // ---- errors (all throw) --------------------------------------------
  // Columns are 0-based byte columns (as tokens); end_col -1 = unknown.
  [[noreturn]] void fail_at(const std::string& msg, int line, int col, int end_line, int end_col,
                            const char* kind = "SyntaxError");
  [[noreturn]] void fail_node(const std::string& msg, const Node* n);
  [[noreturn]] void fail_token(const std::string& msg, const Token& t);
  [[noreturn]] void fail_range(const std::string& msg, const Node* a, const Node* b);
  [[noreturn]] void fail_generic();  // "invalid syntax" at the furthest token

 private:
  friend class FStringParser;

  // ---- tokens -------------------------------------------------------
  const Token& tok() const { return tokens_[pos_]; }
  const Token& peek(int n = 1) const;
  bool at(TokenKind k) const { return tokens_[pos_].kind == k; }
  bool at_soft(std::string_view word) const;  // also its Hausa alias when enabled
  const Token& advance();
  bool accept(TokenKind k);
  const Token& expect(TokenKind k);
  const Token& expect_msg(TokenKind k, const char* msg);
  const Token& prev() const { return tokens_[pos_ - 1]; }
  void note_progress() {
    if (pos_ > furthest_) furthest_ = pos_;
  }

  // ---- helpers ------------------------------------------------------
  template <class T>
  T* make(const Token& start) {
    T* n = arena_.make<T>();
    n->line = start.line;
    n->col = start.col;
    if (opts_.hausa_keywords && is_keyword(start.kind)) n->hausa_keyword = written_in_hausa(start);
    return n;
  }
  template <class T>
  T* make_at(const Node* start) {
    T* n = arena_.make<T>();
    n->line = start->line;
    n->col = start->col;
    return n;
  }
  // The last consumed token that has a source extent (blocks end with
  // NEWLINE/DEDENT, which do not count for end positions).
  const Token& last_real() const {
    size_t i = pos_ - 1;
    while (i > 0 && (tokens_[i].kind == TokenKind::Newline || tokens_[i].kind == TokenKind::Dedent ||
                     tokens_[i].kind == TokenKind::Indent))
      --i;
    return tokens_[i];
  }
  template <class N>
  N* finish(N* n) {  // end position = end of the last consumed real token
    const Token& p = last_real();
    n->end_line = p.end_line;
    n->end_col = p.end_col;
    return n;
  }
  template <class T>
  AstList<T> list(const std::vector<T>& v) {
    return AstList<T>{arena_.copy_array(v.data(), v.size()), static_cast<uint32_t>(v.size())};
  }
  std::string_view ident(const Token& t) { return arena_.copy_string(t.text); }
  void enter();
  void leave() { --depth_; }
  void enter_bracket() { enter(); ++bracket_depth_; }
  void leave_bracket() { leave(); --bracket_depth_; }

  // ---- statements (parse_stmt.cpp) ------------------------------------
  AstList<Stmt*> statements_until(TokenKind end);
  void statement(std::vector<Stmt*>& out);
  void simple_statements(std::vector<Stmt*>& out);
  Stmt* simple_statement();
  Stmt* compound_statement();
  Stmt* expression_statement();
  // `what` names the owner for IndentationError ("'if' statement"); when
  // `written` is its keyword token, the message quotes that as written.
  AstList<Stmt*> block(const char* what, int line, const Token* written = nullptr);
  Stmt* if_statement(bool is_elif);
  Stmt* while_statement();
  Stmt* for_statement(const Token* async_tok);
  Stmt* with_statement(const Token* async_tok);
  bool try_parenthesized_with_items(std::vector<WithItem*>& items);
  WithItem* with_item();
  Stmt* try_statement();
  Stmt* function_def(std::vector<Expr*> decorators, const Token* async_tok, const Token& start);
  Stmt* class_def(std::vector<Expr*> decorators, const Token& start);
  Stmt* decorated();
  Stmt* import_statement();
  Stmt* from_import_statement();
  Stmt* raise_statement();
  Stmt* return_statement();
  Stmt* global_statement(bool nonlocal);
  Stmt* del_statement();
  Stmt* assert_statement();
  std::string_view dotted_name();

  // ---- arguments (parse_args.cpp) -------------------------------------
  Arguments* parameters(TokenKind close, bool lambda);
  Arg* parameter(bool lambda, bool allow_star_annotation);
  void call_arguments(Call* call);
  void class_arguments(std::vector<Expr*>& bases, std::vector<Keyword*>& keywords);

  // ---- match (parse_pattern.cpp) --------------------------------------
  Stmt* try_match_statement();
  MatchCase* case_block();
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* sequence_pattern(TokenKind close, const Token& open);
  Pattern* mapping_pattern();
  Pattern* class_pattern(Expr* cls);
  Expr* value_pattern_expr();
  Expr* signed_number();
  Expr* complex_number();

  // ---- expressions (parse_expr.cpp) ------------------------------------
 public:
  Expr* star_expressions();
  Expr* yield_or_star_expressions();
 private:
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* expression();
  Expr* lambda_expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* bitwise_xor();
  Expr* bitwise_and();
  Expr* shift_expr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* slices();
  Expr* slice();
  Expr* yield_expression();
  Expr* strings();
  Expr* number(const Token& t);
  AstList<Comprehension*> comprehension_clauses();
  bool at_comprehension() const;
  bool at_expression_start() const;
  Expr* star_targets_for();  // target list of `for`
  std::vector<Expr*> star_named_list(TokenKind close, bool* trailing_comma);

  // ---- targets and checks (parse_targets.cpp) -------------------------
 public:
  void set_context(Expr* e, ExprContext ctx, TargetUse use);
 private:
  const Expr* invalid_target(Expr* e, TargetUse use);
  [[noreturn]] void fail_after(Expr* a);  // unexpected token after `a`: hints or generic

  const Lexer& lexer_;
  std::vector<Token> tokens_;
  Arena& arena_;
  std::string filename_;
  ParseOptions opts_;
  std::optional<SyntaxErrorInfo> error_;
  size_t pos_ = 0;
  size_t furthest_ = 0;
  int depth_ = 0;
  int bracket_depth_ = 0;  // > 0 inside (), [] or {} (CPython's token level)
  bool in_fstring_ = false;
  int fstring_depth_ = 0;

 public:
  static std::string expr_name(const Expr* e);  // "function call", "True", ...
  // Keywords in messages, spelled as the user wrote them.
  // written_in_hausa: keyword token `t` is a Hausa alias (its text differs
  // from the Python spelling).  quoted_keyword(t): "'maido'" as written.
  // quoted_keyword(english, hausa): a keyword the user did not write, in the
  // language of one they did ("expected 'kama' or 'karshe' block").
  static bool written_in_hausa(const Token& t);
  static std::string quoted_keyword(const Token& t);
  static std::string quoted_keyword(std::string_view english, bool hausa);
  bool in_fstring() const { return in_fstring_; }
  void set_in_fstring(bool v, int fdepth) { in_fstring_ = v; fstring_depth_ = fdepth; }
  const Lexer& lexer() const { return lexer_; }
  Arena& arena() { return arena_; }
  const std::string& filename() const { return filename_; }
  const ParseOptions& options() const { return opts_; }
  int fstring_depth() const { return fstring_depth_; }
  std::optional<SyntaxErrorInfo>& mutable_error() { return error_; }
  // Converts a 0-based byte column on `line` to CPython's 1-based character offset.
  int char_offset(int line, int byte_col) const;

  static constexpr int kMaxDepth = 1000;
};

// String literal decoding (string_literal.cpp).
struct StringPiece {
  bool is_bytes = false, is_raw = false, is_fstring = false, u_prefix = false;
  std::string_view body;  // between the quotes
  int body_line = 0, body_col = 0;  // source position of body start
};
StringPiece split_string_token(const Token& t);
// Decodes escapes of a non-f string body into `out` (UTF-8 / WTF-8 or raw
// bytes).  Returns an error message on failure (empty on success); `err_off`
// is the byte offset within `body` of the bad escape.
std::string decode_string_body(std::string_view body, bool is_bytes, bool is_raw, std::string& out,
                               size_t* err_off);

// f-strings (parse_fstring.cpp): appends JoinedStr values for one f-string
// token piece to `values` (adjacent constants are merged by the caller).
void parse_fstring_piece(Parser& p, const Token& t, const StringPiece& piece,
                         std::vector<Expr*>& values, std::string& pending, bool& has_pending,
                         int recurse_depth);

}  // namespace tr::syntax
