// parser.cpp — parser core (src/syntax): token cursor, error reporting in
// CPython's terms, and the parse() entry point that runs lexer then parser.

#include "syntax/parser.h"

#include <algorithm>

#include "syntax/keywords.h"
#include "syntax/unicode.h"

namespace tr::syntax {

Parser::Parser(const Lexer& lexer, std::vector<Token> tokens, Arena& arena,
               std::string_view filename, const ParseOptions& opts)
    : lexer_(lexer), tokens_(std::move(tokens)), arena_(arena), filename_(filename), opts_(opts) {}

// ---------------------------------------------------------------- cursor

const Token& Parser::peek(int n) const {
  size_t i = pos_ + n;
  if (i >= tokens_.size()) return tokens_.back();
  return tokens_[i];
}

bool Parser::at_soft(std::string_view word) const {
  if (tok().kind != TokenKind::Name) return false;
  if (tok().text == word) return true;
  return opts_.hausa_keywords && tok().text == hausa_alias(word);
}

bool Parser::written_in_hausa(const Token& t) {
  // Keyword tokens keep the text as written; only an alias differs from the
  // Python spelling that token_kind_name() quotes.
  std::string_view quoted = token_kind_name(t.kind);
  return quoted.substr(1, quoted.size() - 2) != t.text;
}

std::string Parser::quoted_keyword(const Token& t) {
  return "'" + std::string(t.text) + "'";
}

std::string Parser::quoted_keyword(std::string_view english, bool hausa) {
  std::string_view alias = hausa ? hausa_alias(english) : std::string_view();
  return "'" + std::string(alias.empty() ? english : alias) + "'";
}

const Token& Parser::advance() {
  const Token& t = tokens_[pos_];
  if (t.kind != TokenKind::EndMarker && t.kind != TokenKind::Error) ++pos_;
  note_progress();
  return t;
}

bool Parser::accept(TokenKind k) {
  if (!at(k)) return false;
  advance();
  return true;
}

const Token& Parser::expect(TokenKind k) {
  if (!at(k)) fail_generic();
  return advance();
}

const Token& Parser::expect_msg(TokenKind k, const char* msg) {
  if (!at(k)) fail_token(msg, tok());
  return advance();
}

void Parser::enter() {
  if (++depth_ > kMaxDepth) {
    const Token& t = tok();
    fail_at("maximum recursion depth exceeded during compilation", t.line, t.col, t.line, t.col,
            "RecursionError");
  }
}

// ---------------------------------------------------------------- errors

int Parser::char_offset(int line, int byte_col) const {
  std::string_view text = lexer_.line_text(line);
  if (byte_col < 0) return byte_col;
  if (static_cast<size_t>(byte_col) > text.size()) return byte_col - static_cast<int>(text.size()) + utf8_length(text) + 1;
  return utf8_length(text.substr(0, byte_col)) + 1;
}

namespace {

SyntaxErrorInfo lexer_error_info(const Lexer& lexer, const std::string& filename) {
  const LexError& e = *lexer.error();
  SyntaxErrorInfo info;
  info.kind = e.kind;
  info.msg = e.msg;
  info.filename = filename;
  info.line = e.line;
  std::string_view text = lexer.line_text(e.line);
  auto to_chars = [&](int byte_off) {
    if (byte_off <= 0) return byte_off;
    size_t n = static_cast<size_t>(byte_off - 1);
    if (n > text.size()) return byte_off;
    return utf8_length(text.substr(0, n)) + 1;
  };
  info.col = to_chars(e.col);
  info.end_line = e.end_line;
  if (e.kind != "SyntaxError") {
    // Indentation errors: CPython's offset is the end of the line, no end.
    info.col = utf8_length(text) + 1;
    info.end_col = -1;
    if (e.kind == "TabError") info.col = 1, info.end_col = 0;
  } else if (e.end_col == -2) {
    info.end_col = 0;
  } else {
    info.end_col = to_chars(e.end_col);
  }
  info.text = std::string(text);
  if (e.text_has_newline) info.text += '\n';
  return info;
}

}  // namespace

void Parser::fail_at(const std::string& msg, int line, int col, int end_line, int end_col,
                     const char* kind) {
  // A lexer error at or before the furthest token wins, as in CPython where
  // the tokenizer fails before the parser can look further.
  if (tokens_[furthest_].kind == TokenKind::Error && lexer_.error()) {
    error_ = lexer_error_info(lexer_, filename_);
    throw ParseFailure{};
  }
  SyntaxErrorInfo info;
  info.kind = kind;
  info.msg = msg;
  info.filename = filename_;
  info.line = line;
  info.col = char_offset(line, col);
  info.end_line = end_line;
  // end_col: -1 = CPython's "no end" (-1), -2 = CPython's end offset 0.
  info.end_col = end_col == -2 ? 0 : end_col < 0 ? end_col : char_offset(end_line, end_col);
  info.text = std::string(lexer_.line_text(line));
  if (line <= lexer_.line_count()) info.text += '\n';
  error_ = info;
  throw ParseFailure{};
}

void Parser::fail_node(const std::string& msg, const Node* n) {
  fail_at(msg, n->line, n->col, n->end_line, n->end_col);
}

void Parser::fail_token(const std::string& msg, const Token& t) {
  fail_at(msg, t.line, t.col, t.end_line, t.end_col);
}

void Parser::fail_range(const std::string& msg, const Node* a, const Node* b) {
  fail_at(msg, a->line, a->col, b->end_line, b->end_col);
}

void Parser::fail_generic() {
  note_progress();
  const Token& t = tokens_[furthest_];
  if (t.kind == TokenKind::Indent) {
    // CPython's offset is the indentation width itself (1-based offset of the
    // last indent character), hence end_col - 1.
    fail_at("unexpected indent", t.line, t.end_col - 1, t.line, -1, "IndentationError");
  }
  if (t.kind == TokenKind::Dedent) {
    fail_at("unexpected unindent", t.line, t.col, t.line, -1, "IndentationError");
  }
  if (t.kind == TokenKind::EndMarker && !lexer_.open_brackets().empty() && !in_fstring_) {
    const OpenBracket& b = lexer_.open_brackets().back();
    std::string msg = std::string("'") + b.ch + "' was never closed";
    SyntaxErrorInfo info;
    info.kind = "SyntaxError";
    info.msg = msg;
    info.filename = filename_;
    info.line = b.line;
    info.col = char_offset(b.line, b.col);
    info.end_line = b.line;
    info.end_col = 0;
    info.text = std::string(lexer_.line_text(b.line));
    error_ = info;
    throw ParseFailure{};
  }
  if (lexer_.error()) {  // CPython re-tokenizes the rest and prefers its error
    error_ = lexer_error_info(lexer_, filename_);
    throw ParseFailure{};
  }
  fail_at("invalid syntax", t.line, t.col, t.end_line, t.end_col);
}

// ---------------------------------------------------------------- module

Module* Parser::parse_module(ParseMode mode) {
  Module* m = arena_.make<Module>();
  m->line = 1;
  if (mode == ParseMode::Eval) {
    m->mode = ModuleKind::Eval;
    while (at(TokenKind::Newline)) advance();
    m->expression = star_expressions();
    while (at(TokenKind::Newline)) advance();
    if (!at(TokenKind::EndMarker)) fail_after(m->expression);
    return m;
  }
  m->mode = mode == ParseMode::Single ? ModuleKind::Single : ModuleKind::File;
  m->body = statements_until(TokenKind::EndMarker);
  return m;
}

// ---------------------------------------------------------------- entry

ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode,
                  Arena& arena, const ParseOptions& opts) {
  Lexer lexer(source, opts.hausa_keywords);
  lexer.run();
  Parser parser(lexer, lexer.tokens(), arena, filename, opts);
  ParseResult result;
  try {
    result.module = parser.parse_module(mode);
  } catch (ParseFailure&) {
    result.module = nullptr;
    result.error = parser.error();
    // CPython re-tokenizes the rest of the file after a parser SyntaxError
    // and reports a tokenizer error (or an unclosed bracket) instead.
    if (result.error->kind == "SyntaxError") {
      if (lexer.error() && lexer.error()->msg != result.error->msg) {
        result.error = lexer_error_info(lexer, std::string(filename));
      } else if (!lexer.error() && !lexer.open_brackets().empty() &&
                 std::max(result.error->line, result.error->end_line) >
                     lexer.open_brackets().back().line) {
        // Heuristic for CPython's behaviour: an error past the line of a
        // never-closed bracket is blamed on the bracket.
        const OpenBracket& b = lexer.open_brackets().back();
        SyntaxErrorInfo info;
        info.kind = "SyntaxError";
        info.msg = std::string("'") + b.ch + "' was never closed";
        info.filename = std::string(filename);
        info.line = b.line;
        info.col = parser.char_offset(b.line, b.col);
        info.end_line = b.line;
        info.end_col = 0;
        info.text = std::string(lexer.line_text(b.line));
        result.error = info;
      }
    }
  }
  return result;
}

}  // namespace tr::syntax
