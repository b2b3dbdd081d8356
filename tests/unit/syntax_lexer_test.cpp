// syntax_lexer_test.cpp — unit tests for the tokenizer of src/syntax
// (token kinds, indentation, numbers, strings and CPython's lexer errors).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.h"

namespace tr::syntax {
namespace {

// Token kinds joined by spaces, e.g. "NAME '=' NUMBER NEWLINE ENDMARKER".
std::string kinds(std::string_view src) {
  Lexer lx(src);
  lx.run();
  std::string out;
  for (const Token& t : lx.tokens()) {
    if (!out.empty()) out += ' ';
    out += token_kind_name(t.kind);
  }
  return out;
}

std::string lex_error(std::string_view src) {
  Lexer lx(src);
  lx.run();
  return lx.error() ? lx.error()->kind + ": " + lx.error()->msg : "";
}

TEST(SyntaxLexer, SimpleAssignment) {
  EXPECT_EQ(kinds("x = 1\n"), "NAME '=' NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = 1"), "NAME '=' NUMBER NEWLINE ENDMARKER");  // implicit newline
}

TEST(SyntaxLexer, IndentDedent) {
  EXPECT_EQ(kinds("if x:\n    y\n\n    # c\nz\n"),
            "'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("if x:\n\tif y:\n\t\tz\n"),
            "'if' NAME ':' NEWLINE INDENT 'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT DEDENT "
            "ENDMARKER");
}

TEST(SyntaxLexer, BracketsJoinLines) {
  EXPECT_EQ(kinds("f(a,\n  b)\n"), "NAME '(' NAME ',' NAME ')' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x = 1 + \\\n  2\n"), "NAME '=' NUMBER '+' NUMBER NEWLINE ENDMARKER");
}

TEST(SyntaxLexer, Operators) {
  EXPECT_EQ(kinds("a **= b //= c @= d := e -> ...\n"),
            "NAME '**=' NAME '//=' NAME '@=' NAME ':=' NAME '->' '...' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("a<<=b>>=c!=d\n"), "NAME '<<=' NAME '>>=' NAME '!=' NAME NEWLINE ENDMARKER");
}

TEST(SyntaxLexer, KeywordsAndSoftKeywords) {
  EXPECT_EQ(kinds("match case _ if\n"), "NAME NAME NAME 'if' NEWLINE ENDMARKER");
}

TEST(SyntaxLexer, Numbers) {
  EXPECT_EQ(kinds("1 1.5 .5 1. 1e3 1_0.0_1 0x_FF 0o17 0b1 1j 00 0e5 09.5\n"),
            "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER "
            "NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("1if x else y\n"), "NUMBER 'if' NAME 'else' NAME NEWLINE ENDMARKER");
}

TEST(SyntaxLexer, NumberErrors) {
  EXPECT_EQ(lex_error("012\n"),
            "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
            "prefix for octal integers");
  EXPECT_EQ(lex_error("1abc\n"), "SyntaxError: invalid decimal literal");
  EXPECT_EQ(lex_error("1_\n"), "SyntaxError: invalid decimal literal");
  EXPECT_EQ(lex_error("0x\n"), "SyntaxError: invalid hexadecimal literal");
  EXPECT_EQ(lex_error("0o8\n"), "SyntaxError: invalid digit '8' in octal literal");
  EXPECT_EQ(lex_error("0b12\n"), "SyntaxError: invalid digit '2' in binary literal");
  EXPECT_EQ(lex_error("1jx\n"), "SyntaxError: invalid imaginary literal");
}

TEST(SyntaxLexer, Strings) {
  EXPECT_EQ(kinds("rb'a' Rb\"b\" f'{x}' '''a\nb''' u'x'\n"),
            "STRING STRING STRING STRING STRING NEWLINE ENDMARKER");
  EXPECT_EQ(lex_error("x = 'abc\n"), "SyntaxError: unterminated string literal (detected at line 1)");
  EXPECT_EQ(lex_error("x = '''abc\n\n"),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 2)");
}

TEST(SyntaxLexer, IndentationErrors) {
  EXPECT_EQ(lex_error("if x:\n  a\n b\n"),
            "IndentationError: unindent does not match any outer indentation level");
  EXPECT_EQ(lex_error("if x:\n        a\n\tb\n"),
            "TabError: inconsistent use of tabs and spaces in indentation");
}

TEST(SyntaxLexer, BracketErrors) {
  EXPECT_EQ(lex_error("x = 1)\n"), "SyntaxError: unmatched ')'");
  EXPECT_EQ(lex_error("(1]\n"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(lex_error("(1\n]\n"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
}

TEST(SyntaxLexer, UnicodeIdentifiersAndInvalidCharacters) {
  EXPECT_EQ(kinds("café = π\n"), "NAME '=' NAME NEWLINE ENDMARKER");
  EXPECT_EQ(lex_error("a = 5 €\n"), "SyntaxError: invalid character '€' (U+20AC)");
}

TEST(SyntaxLexer, BomAndCrlf) {
  EXPECT_EQ(kinds("\xEF\xBB\xBFx = 1\r\ny = 2\r\n"),
            "NAME '=' NUMBER NEWLINE NAME '=' NUMBER NEWLINE ENDMARKER");
}

TEST(SyntaxLexer, Positions) {
  Lexer lx("x = (1,\n     2)\n");
  lx.run();
  const auto& t = lx.tokens();
  ASSERT_GE(t.size(), 7u);
  EXPECT_EQ(t[5].line, 2);  // the NUMBER 2
  EXPECT_EQ(t[5].col, 5);
  EXPECT_EQ(t[5].end_col, 6);
}

}  // namespace
}  // namespace tr::syntax
