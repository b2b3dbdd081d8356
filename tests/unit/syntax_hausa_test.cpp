// syntax_hausa_test.cpp — unit tests for the Hausa keyword aliases of
// src/syntax (tokens.def TR_HAUSA): the lexer's keyword mapping, the parser's
// compound forms and soft keywords, and messages that quote a keyword as the
// program wrote it (parser and compiler).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "objects/objects.h"
#include "syntax/keywords.h"
#include "syntax/lexer.h"
#include "syntax/syntax.h"
#include "test_support.h"

namespace tr::syntax {
namespace {

// Token kinds joined by spaces, e.g. "'def' NAME '(' ')' ':' NEWLINE ...".
std::string kinds(std::string_view src, bool hausa) {
  Lexer lx(src, hausa);
  lx.run();
  std::string out;
  for (const Token& t : lx.tokens()) {
    if (!out.empty()) out += ' ';
    out += token_kind_name(t.kind);
  }
  return out;
}

std::string dump_of(std::string_view src, bool hausa) {
  Arena arena;
  ParseOptions opts;
  opts.hausa_keywords = hausa;
  ParseResult r = parse(src, "t.tr", ParseMode::File, arena, opts);
  if (!r.module) return "ERROR: " + r.error->msg;
  return dump(r.module);
}

std::string error_of(std::string_view src) {
  Arena arena;
  ParseOptions opts;
  opts.hausa_keywords = true;
  ParseResult r = parse(src, "t.tr", ParseMode::File, arena, opts);
  if (r.module) return "OK";
  return r.error->kind + ": " + r.error->msg;
}

// ---------------------------------------------------------------- lexer

// Every hard keyword has an alias, and the alias lexes as that keyword with
// its own text, in Hausa mode only.
TEST(SyntaxHausa, EveryKeywordAlias) {
  int checked = 0;
  for (int k = static_cast<int>(TokenKind::KwFalse); k <= static_cast<int>(TokenKind::KwYield);
       ++k) {
    auto kind = static_cast<TokenKind>(k);
    std::string english = token_kind_name(kind);
    english = english.substr(1, english.size() - 2);
    std::string alias(hausa_alias(english));
    ASSERT_FALSE(alias.empty()) << english;
    Lexer lx(alias + "\n", true);
    lx.run();
    ASSERT_GE(lx.tokens().size(), 1u);
    EXPECT_EQ(lx.tokens()[0].kind, kind) << alias;
    EXPECT_EQ(lx.tokens()[0].text, alias);
    EXPECT_EQ(kinds(alias + "\n", false).substr(0, 4), "NAME") << alias;
    // The Python spelling still works in Hausa mode.
    Lexer en(english + "\n", true);
    en.run();
    EXPECT_EQ(en.tokens()[0].kind, kind) << english;
    ++checked;
  }
  EXPECT_EQ(checked, 35);
}

TEST(SyntaxHausa, LexerModes) {
  EXPECT_EQ(kinds("aiki f(): maido babu\n", true),
            "'def' NAME '(' ')' ':' 'return' 'None' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("aiki f(): maido babu\n", false),
            "NAME NAME '(' ')' ':' NAME NAME NEWLINE ENDMARKER");
  // Near misses stay names.
  EXPECT_EQ(kinds("idanx maido_ _ba Babu aiki2\n", true),
            "NAME NAME NAME NAME NAME NEWLINE ENDMARKER");
}

TEST(SyntaxHausa, TwoWordElif) {
  EXPECT_EQ(kinds("kokuma idan x\n", true), "'elif' NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("kokuma \t idan:\n", true), "'elif' ':' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("kokuma = 1\n", true), "NAME '=' NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("kokuma idanx\n", true), "NAME NAME NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("kokuma(idan)\n", true), "NAME '(' 'if' ')' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("kokuma idan\n", false), "NAME NAME NEWLINE ENDMARKER");
  Lexer lx("kokuma  idan x\n", true);
  lx.run();
  EXPECT_EQ(lx.tokens()[0].text, "kokuma  idan");
  EXPECT_EQ(lx.tokens()[0].end_col, 12);
}

// ---------------------------------------------------------------- parser

// A Hausa program has the same tree as its Python spelling.
TEST(SyntaxHausa, SameTreeAsPython) {
  const char* hausa =
      "aiki f(a, b=babu):\n"
      "    idan a ba cikin b dakuma a shine ba babu:\n"
      "        maido gaskiyane\n"
      "    kokuma idan ba a ko b:\n"
      "        bayar daga (dan_aiki: karyane)()\n"
      "    akasi:\n"
      "        duk i cikin b:\n"
      "            gwada:\n"
      "                tsaya\n"
      "            kama E dasunan e:\n"
      "                cigaba\n"
      "            karshe:\n"
      "                jefa X daga e\n"
      "    tare c dasunan d: wuce\n"
      "    yayinda 1: share x\n"
      "    duniya g\n"
      "    tabbatar b\n"
      "shigoda m dasunan n\n"
      "daga m shigoda k\n"
      "marasa_jira aiki h(): jira z\n"
      "iri C: ba_gida q\n";
  const char* python =
      "def f(a, b=None):\n"
      "    if a not in b and a is not None:\n"
      "        return True\n"
      "    elif not a or b:\n"
      "        yield from (lambda: False)()\n"
      "    else:\n"
      "        for i in b:\n"
      "            try:\n"
      "                break\n"
      "            except E as e:\n"
      "                continue\n"
      "            finally:\n"
      "                raise X from e\n"
      "    with c as d: pass\n"
      "    while 1: del x\n"
      "    global g\n"
      "    assert b\n"
      "import m as n\n"
      "from m import k\n"
      "async def h(): await z\n"
      "class C: nonlocal q\n";
  std::string expected = dump_of(python, false);
  ASSERT_EQ(expected.find("ERROR"), std::string::npos) << expected;
  EXPECT_EQ(dump_of(hausa, true), expected);
  // Python mode rejects the Hausa spelling.
  EXPECT_EQ(dump_of(hausa, false).substr(0, 6), "ERROR:");
}

TEST(SyntaxHausa, SoftKeywords) {
  std::string expected = dump_of("match x:\n    case [a]: pass\n    case _: pass\n", false);
  EXPECT_EQ(dump_of("daidaita x:\n    yanayi [a]: wuce\n    yanayi _: wuce\n", true), expected);
  EXPECT_EQ(dump_of("daidaita x:\n    case [a]: wuce\n    yanayi _: wuce\n", true), expected);
  // Still names, as match/case are.
  EXPECT_EQ(dump_of("daidaita = yanayi\n", true), dump_of("daidaita = yanayi\n", false));
  EXPECT_EQ(dump_of("daidaita x:\n    yanayi 1: pass\n", false).substr(0, 6), "ERROR:");
}

TEST(SyntaxHausa, ParserMessagesQuoteTheWrittenKeyword) {
  EXPECT_EQ(error_of("gaskiyane = 1\n"), "SyntaxError: cannot assign to gaskiyane");
  EXPECT_EQ(error_of("True = 1\n"), "SyntaxError: cannot assign to True");
  EXPECT_EQ(error_of("share babu\n"), "SyntaxError: cannot delete babu");
  EXPECT_EQ(error_of("idan x:\npass\n"),
            "IndentationError: expected an indented block after 'idan' statement on line 1");
  EXPECT_EQ(error_of("if x:\npass\n"),
            "IndentationError: expected an indented block after 'if' statement on line 1");
  EXPECT_EQ(error_of("idan x: wuce\nkokuma idan y:\nwuce\n"),
            "IndentationError: expected an indented block after 'kokuma idan' statement on line 2");
  EXPECT_EQ(error_of("gwada:\n    wuce\nkama* E:\nwuce\n"),
            "IndentationError: expected an indented block after 'kama*' statement on line 3");
  EXPECT_EQ(error_of("gwada: wuce\nx\n"), "SyntaxError: expected 'kama' or 'karshe' block");
  EXPECT_EQ(error_of("try: wuce\nx\n"), "SyntaxError: expected 'except' or 'finally' block");
  EXPECT_EQ(error_of("x = 1 idan y\n"), "SyntaxError: expected 'akasi' after 'idan' expression");
  EXPECT_EQ(error_of("(bayar) += 1\n"),
            "SyntaxError: 'bayar expression' is an illegal expression for augmented assignment");
}

// ---------------------------------------------------------------- compiler

std::string compile_error(const std::string& src, bool hausa) {
  test::ensure_runtime();
  bytecode::code_init();
  gc::Pause pause;
  compiler::Options opts;
  opts.parse.hausa_keywords = hausa;
  bytecode::Code* code = compiler::compile_source(src, "t.tr", ParseMode::File, opts);
  if (code) return "OK";
  Value e = error_fetch();
  if (e.is_null() || !is_exception_instance(e)) return "no exception";
  tr::Tuple* args = e.as<BaseExceptionObj>()->args_;
  if (!args || args->size_ < 1 || !is_str(args->items_[0])) return "bad args";
  return std::string(args->items_[0].as<tr::Str>()->view());
}

TEST(SyntaxHausa, CompilerMessagesQuoteTheWrittenKeyword) {
  EXPECT_EQ(compile_error("maido 1\n", true), "'maido' outside function");
  EXPECT_EQ(compile_error("return 1\n", true), "'return' outside function");
  EXPECT_EQ(compile_error("tsaya\n", true), "'tsaya' outside loop");
  EXPECT_EQ(compile_error("cigaba\n", true), "'cigaba' not properly in loop");
  EXPECT_EQ(compile_error("bayar 1\n", true), "'bayar' outside function");
  EXPECT_EQ(compile_error("iri C: jira x\n", true), "'jira' outside function");
  EXPECT_EQ(compile_error("aiki f(): jira x\n", true), "'jira' outside async function");
  EXPECT_EQ(compile_error("aiki f(): [(bayar) duk x cikin y]\n", true),
            "'bayar' inside list comprehension");
  // Without the option the words are plain names and the program compiles.
  EXPECT_EQ(compile_error("maido = 1\nprint(maido)\n", false), "OK");
}

}  // namespace
}  // namespace tr::syntax
