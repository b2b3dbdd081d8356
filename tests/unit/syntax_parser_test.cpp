// syntax_parser_test.cpp — unit tests for the parser of src/syntax: the AST
// (compared with CPython 3.11's ast.dump(indent=2) output, pasted here) and
// SyntaxError messages/positions (CPython 3.11 as the oracle).

#include <gtest/gtest.h>

#include <string>

#include "syntax/syntax.h"

namespace tr::syntax {
namespace {

std::string dump_of(std::string_view src) {
  Arena arena;
  ParseResult r = parse(src, "t.py", ParseMode::File, arena);
  if (!r.module) return "ERROR: " + r.error->msg;
  return dump(r.module);
}

// "Kind: msg @ line:col-end_line:end_col" with CPython's 1-based offsets.
std::string error_of(std::string_view src) {
  Arena arena;
  ParseResult r = parse(src, "t.py", ParseMode::File, arena);
  if (r.module) return "OK";
  const SyntaxErrorInfo& e = *r.error;
  return e.kind + ": " + e.msg + " @ " + std::to_string(e.line) + ":" + std::to_string(e.col) +
         "-" + std::to_string(e.end_line) + ":" + std::to_string(e.end_col);
}

// ---------------------------------------------------------------- AST shape

TEST(SyntaxParserDump, Assignment) {
  EXPECT_EQ(dump_of(R"(x = 1)"),
            R"(Module(
  body=[
    Assign(
      targets=[
        Name(id='x', ctx=Store())],
      value=Constant(value=1))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, StarredTarget) {
  EXPECT_EQ(dump_of(R"(a, *b = c)"),
            R"(Module(
  body=[
    Assign(
      targets=[
        Tuple(
          elts=[
            Name(id='a', ctx=Store()),
            Starred(
              value=Name(id='b', ctx=Store()),
              ctx=Store())],
          ctx=Store())],
      value=Name(id='c', ctx=Load()))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Call) {
  EXPECT_EQ(dump_of(R"(f(a, *b, k=1, **d))"),
            R"(Module(
  body=[
    Expr(
      value=Call(
        func=Name(id='f', ctx=Load()),
        args=[
          Name(id='a', ctx=Load()),
          Starred(
            value=Name(id='b', ctx=Load()),
            ctx=Load())],
        keywords=[
          keyword(
            arg='k',
            value=Constant(value=1)),
          keyword(
            value=Name(id='d', ctx=Load()))]))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, LambdaParams) {
  EXPECT_EQ(dump_of(R"(lambda a, /, b=2, *c, d, e=5, **f: 0)"),
            R"(Module(
  body=[
    Expr(
      value=Lambda(
        args=arguments(
          posonlyargs=[
            arg(arg='a')],
          args=[
            arg(arg='b')],
          vararg=arg(arg='c'),
          kwonlyargs=[
            arg(arg='d'),
            arg(arg='e')],
          kw_defaults=[
            None,
            Constant(value=5)],
          kwarg=arg(arg='f'),
          defaults=[
            Constant(value=2)]),
        body=Constant(value=0)))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Slices) {
  EXPECT_EQ(dump_of(R"(x[1:2, ::3])"),
            R"(Module(
  body=[
    Expr(
      value=Subscript(
        value=Name(id='x', ctx=Load()),
        slice=Tuple(
          elts=[
            Slice(
              lower=Constant(value=1),
              upper=Constant(value=2)),
            Slice(
              step=Constant(value=3))],
          ctx=Load()),
        ctx=Load()))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Listcomp) {
  EXPECT_EQ(dump_of(R"([y for x in z if x for y in x])"),
            R"(Module(
  body=[
    Expr(
      value=ListComp(
        elt=Name(id='y', ctx=Load()),
        generators=[
          comprehension(
            target=Name(id='x', ctx=Store()),
            iter=Name(id='z', ctx=Load()),
            ifs=[
              Name(id='x', ctx=Load())],
            is_async=0),
          comprehension(
            target=Name(id='y', ctx=Store()),
            iter=Name(id='x', ctx=Load()),
            ifs=[],
            is_async=0)]))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, ChainedCompare) {
  EXPECT_EQ(dump_of(R"(a < b not in c is not d)"),
            R"(Module(
  body=[
    Expr(
      value=Compare(
        left=Name(id='a', ctx=Load()),
        ops=[
          Lt(),
          NotIn(),
          IsNot()],
        comparators=[
          Name(id='b', ctx=Load()),
          Name(id='c', ctx=Load()),
          Name(id='d', ctx=Load())]))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Walrus) {
  EXPECT_EQ(dump_of(R"(if (n := 10) > 5: pass)"),
            R"(Module(
  body=[
    If(
      test=Compare(
        left=NamedExpr(
          target=Name(id='n', ctx=Store()),
          value=Constant(value=10)),
        ops=[
          Gt()],
        comparators=[
          Constant(value=5)]),
      body=[
        Pass()],
      orelse=[])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Fstring) {
  EXPECT_EQ(dump_of(R"(f'{x!r:>{w}} {y=}')"),
            R"(Module(
  body=[
    Expr(
      value=JoinedStr(
        values=[
          FormattedValue(
            value=Name(id='x', ctx=Load()),
            conversion=114,
            format_spec=JoinedStr(
              values=[
                Constant(value='>'),
                FormattedValue(
                  value=Name(id='w', ctx=Load()),
                  conversion=-1)])),
          Constant(value=' y='),
          FormattedValue(
            value=Name(id='y', ctx=Load()),
            conversion=114)]))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, ImplicitConcat) {
  EXPECT_EQ(dump_of(R"('a' 'b' u'c')"),
            R"(Module(
  body=[
    Expr(
      value=Constant(value='abc'))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Async) {
  EXPECT_EQ(dump_of(R"(async def f():
    async with a as b, c:
        await x
    async for i in y: pass)"),
            R"(Module(
  body=[
    AsyncFunctionDef(
      name='f',
      args=arguments(
        posonlyargs=[],
        args=[],
        kwonlyargs=[],
        kw_defaults=[],
        defaults=[]),
      body=[
        AsyncWith(
          items=[
            withitem(
              context_expr=Name(id='a', ctx=Load()),
              optional_vars=Name(id='b', ctx=Store())),
            withitem(
              context_expr=Name(id='c', ctx=Load()))],
          body=[
            Expr(
              value=Await(
                value=Name(id='x', ctx=Load())))]),
        AsyncFor(
          target=Name(id='i', ctx=Store()),
          iter=Name(id='y', ctx=Load()),
          body=[
            Pass()],
          orelse=[])],
      decorator_list=[])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Trystar) {
  EXPECT_EQ(dump_of(R"(try:
    pass
except* E as e:
    pass)"),
            R"(Module(
  body=[
    TryStar(
      body=[
        Pass()],
      handlers=[
        ExceptHandler(
          type=Name(id='E', ctx=Load()),
          name='e',
          body=[
            Pass()])],
      orelse=[],
      finalbody=[])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Match) {
  EXPECT_EQ(dump_of(R"(match p:
    case [1, *rest] | {'k': v, **kw} if v:
        pass
    case Point(x=0, y=_) as q:
        pass)"),
            R"(Module(
  body=[
    Match(
      subject=Name(id='p', ctx=Load()),
      cases=[
        match_case(
          pattern=MatchOr(
            patterns=[
              MatchSequence(
                patterns=[
                  MatchValue(
                    value=Constant(value=1)),
                  MatchStar(name='rest')]),
              MatchMapping(
                keys=[
                  Constant(value='k')],
                patterns=[
                  MatchAs(name='v')],
                rest='kw')]),
          guard=Name(id='v', ctx=Load()),
          body=[
            Pass()]),
        match_case(
          pattern=MatchAs(
            pattern=MatchClass(
              cls=Name(id='Point', ctx=Load()),
              patterns=[],
              kwd_attrs=[
                'x',
                'y'],
              kwd_patterns=[
                MatchValue(
                  value=Constant(value=0)),
                MatchAs()]),
            name='q'),
          body=[
            Pass()])])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, SoftKeywords) {
  EXPECT_EQ(dump_of(R"(match = 5
match.x = 1
case = 2)"),
            R"(Module(
  body=[
    Assign(
      targets=[
        Name(id='match', ctx=Store())],
      value=Constant(value=5)),
    Assign(
      targets=[
        Attribute(
          value=Name(id='match', ctx=Load()),
          attr='x',
          ctx=Store())],
      value=Constant(value=1)),
    Assign(
      targets=[
        Name(id='case', ctx=Store())],
      value=Constant(value=2))],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, ImportFrom) {
  EXPECT_EQ(dump_of(R"(from .. import (a as b, c))"),
            R"(Module(
  body=[
    ImportFrom(
      names=[
        alias(name='a', asname='b'),
        alias(name='c')],
      level=2)],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Class) {
  EXPECT_EQ(dump_of(R"(@d
class C(B, metaclass=M):
    x: int = 1)"),
            R"(Module(
  body=[
    ClassDef(
      name='C',
      bases=[
        Name(id='B', ctx=Load())],
      keywords=[
        keyword(
          arg='metaclass',
          value=Name(id='M', ctx=Load()))],
      body=[
        AnnAssign(
          target=Name(id='x', ctx=Store()),
          annotation=Name(id='int', ctx=Load()),
          value=Constant(value=1),
          simple=1)],
      decorator_list=[
        Name(id='d', ctx=Load())])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, ParenWith) {
  EXPECT_EQ(dump_of(R"(with (open(a) as f, open(b) as g): pass)"),
            R"(Module(
  body=[
    With(
      items=[
        withitem(
          context_expr=Call(
            func=Name(id='open', ctx=Load()),
            args=[
              Name(id='a', ctx=Load())],
            keywords=[]),
          optional_vars=Name(id='f', ctx=Store())),
        withitem(
          context_expr=Call(
            func=Name(id='open', ctx=Load()),
            args=[
              Name(id='b', ctx=Load())],
            keywords=[]),
          optional_vars=Name(id='g', ctx=Store()))],
      body=[
        Pass()])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, Del) {
  EXPECT_EQ(dump_of(R"(del a[0], b.c)"),
            R"(Module(
  body=[
    Delete(
      targets=[
        Subscript(
          value=Name(id='a', ctx=Load()),
          slice=Constant(value=0),
          ctx=Del()),
        Attribute(
          value=Name(id='b', ctx=Load()),
          attr='c',
          ctx=Del())])],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, YieldAssign) {
  EXPECT_EQ(dump_of(R"(x = yield)"),
            R"(Module(
  body=[
    Assign(
      targets=[
        Name(id='x', ctx=Store())],
      value=Yield())],
  type_ignores=[]))");
}

TEST(SyntaxParserDump, PrintCall) {
  EXPECT_EQ(dump_of(R"(print(*a, sep=''))"),
            R"(Module(
  body=[
    Expr(
      value=Call(
        func=Name(id='print', ctx=Load()),
        args=[
          Starred(
            value=Name(id='a', ctx=Load()),
            ctx=Load())],
        keywords=[
          keyword(
            arg='sep',
            value=Constant(value=''))]))],
  type_ignores=[]))");
}

// ---------------------------------------------------------------- errors

TEST(SyntaxParserErrors, MatchCPython) {
  struct Case { const char* src; const char* expected; };
  const Case kCases[] = {
      {"x = 1abc\n", "SyntaxError: invalid decimal literal @ 1:5-1:5"},
      {"x = 012\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @ 1:5-1:6"},
      {"x = \"abc\n", "SyntaxError: unterminated string literal (detected at line 1) @ 1:5-1:5"},
      {"x = \"\"\"ab\nc\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) @ 1:5-1:5"},
      {"if x:\n  a\n b\n", "IndentationError: unindent does not match any outer indentation level @ 3:3-3:-1"},
      {"a\n  b\n", "IndentationError: unexpected indent @ 2:2-2:-1"},
      {"x = (1,\n2\n", "SyntaxError: '(' was never closed @ 1:5-1:0"},
      {"x = (1]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @ 1:7-1:7"},
      {"x = 1)\n", "SyntaxError: unmatched ')' @ 1:6-1:6"},
      {"if x\n  pass\n", "SyntaxError: expected ':' @ 1:5-1:5"},
      {"print \"x\"\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @ 1:1-1:10"},
      {"f(a b)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @ 1:3-1:6"},
      {"if x = 3:\n pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:4-1:9"},
      {"def f(a=1, b): pass\n", "SyntaxError: non-default argument follows default argument @ 1:12-1:13"},
      {"1 = x\n", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? @ 1:1-1:2"},
      {"f() = 1\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:1-1:4"},
      {"del f()\n", "SyntaxError: cannot delete function call @ 1:5-1:8"},
      {"x = 1.2.3\n", "SyntaxError: invalid syntax @ 1:8-1:10"},
      {"for f() in x: pass\n", "SyntaxError: cannot assign to function call @ 1:5-1:8"},
      {"f() += 1\n", "SyntaxError: 'function call' is an illegal expression for augmented assignment @ 1:1-1:4"},
      {"f(a.b=1)\n", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @ 1:3-1:7"},
      {"if x:\npass\n", "IndentationError: expected an indented block after 'if' statement on line 1 @ 2:1-2:5"},
      {"def f():\n\nx\n", "IndentationError: expected an indented block after function definition on line 1 @ 3:1-3:2"},
      {"def f(:\n", "SyntaxError: invalid syntax @ 1:7-1:8"},
      {"a = 5 €\n", "SyntaxError: invalid character '€' (U+20AC) @ 1:7-1:7"},
      {"x = a if b\n", "SyntaxError: expected 'else' after 'if' expression @ 1:5-1:11"},
      {"try:\n pass\nexcept A, B:\n pass\n", "SyntaxError: multiple exception types must be parenthesized @ 3:8-3:12"},
      {"f(a for a in b, c)\n", "SyntaxError: Generator expression must be parenthesized @ 1:3-1:15"},
      {"while 1\n pass\n", "SyntaxError: expected ':' @ 1:8-1:8"},
      {"x = [1, 2\ny = 3\n", "SyntaxError: '[' was never closed @ 1:5-1:0"},
      // f-string errors: same message; CPython 3.11's offsets inside the
      // literal are not reproduced (we point at the whole literal).
      {"f\"{}\"\n", "SyntaxError: f-string: empty expression not allowed @ 1:1-1:6"},
      {"f\"}\"\n", "SyntaxError: f-string: single '}' is not allowed @ 1:1-1:5"},
  };
  for (const Case& c : kCases) EXPECT_EQ(error_of(c.src), c.expected) << c.src;
}

TEST(SyntaxParserErrors, FormatLikeCPython) {
  Arena arena;
  ParseResult r = parse("print('x')\n\ndef broken(:\n    return 1\n", "f.py", ParseMode::File, arena);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(format_syntax_error(*r.error),
            "  File \"f.py\", line 3\n    def broken(:\n               ^\nSyntaxError: invalid syntax\n");
  r = parse("def f():\n    x = 1\n      y = 2\n", "f.py", ParseMode::File, arena);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(format_syntax_error(*r.error),
            "  File \"f.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n");
}

TEST(SyntaxParserErrors, DeepNestingDoesNotCrash) {
  EXPECT_EQ(error_of(std::string(201, '(') + std::string(201, ')')).substr(0, 40),
            "SyntaxError: too many nested parentheses");
  EXPECT_EQ(error_of(std::string(199, '(') + std::string(199, ')')), "OK");
  std::string unary(100000, '-');
  EXPECT_EQ(error_of(unary + "1").substr(0, 15), "RecursionError:");
  std::string nots;
  for (int i = 0; i < 5000; ++i) nots += "not ";
  EXPECT_EQ(error_of(nots + "x").substr(0, 15), "RecursionError:");
}

// ---------------------------------------------------------------- constants

TEST(SyntaxParserConstants, IntegersKeepDigits) {
  Arena arena;
  ParseResult r = parse("12345678901234567890123\n0xFF_ff\n7\n", "t.py", ParseMode::File, arena);
  ASSERT_TRUE(r.module);
  auto* big = cast<Constant>(cast<ExprStmt>(r.module->body[0])->value);
  EXPECT_EQ(big->value_kind, ConstantKind::Int);
  EXPECT_FALSE(big->int_fits);
  EXPECT_EQ(big->digits, "12345678901234567890123");
  auto* hex = cast<Constant>(cast<ExprStmt>(r.module->body[1])->value);
  EXPECT_EQ(hex->base, 16);
  EXPECT_EQ(hex->digits, "ffff");
  EXPECT_TRUE(hex->int_fits);
  EXPECT_EQ(hex->int_value, 0xffff);
  auto* seven = cast<Constant>(cast<ExprStmt>(r.module->body[2])->value);
  EXPECT_EQ(seven->int_value, 7);
}

TEST(SyntaxParserConstants, StringsAndEscapes) {
  Arena arena;
  Arena& a2 = arena;
  ParseResult r = parse("x = '\\N{EURO SIGN}\\x41\\101\\d\\ud800'\n", "t.py", ParseMode::File, a2);
  ASSERT_TRUE(r.module);
  auto* s = cast<Constant>(cast<Assign>(r.module->body[0])->value);
  EXPECT_EQ(s->str_value, "\xE2\x82\xAC" "AA\\d\xED\xA0\x80");
  r = parse("x = b'\\xff\\N'\n", "t.py", ParseMode::File, a2);
  ASSERT_TRUE(r.module);
  auto* b = cast<Constant>(cast<Assign>(r.module->body[0])->value);
  EXPECT_EQ(b->value_kind, ConstantKind::Bytes);
  EXPECT_EQ(b->str_value, "\xff\\N");
}

TEST(SyntaxParserModes, EvalAndSingle) {
  Arena arena;
  ParseResult r = parse("1 + 2\n", "<string>", ParseMode::Eval, arena);
  ASSERT_TRUE(r.module);
  EXPECT_EQ(dump(r.module),
            "Expression(\n  body=BinOp(\n    left=Constant(value=1),\n    op=Add(),\n    right=Constant(value=2)))");
  r = parse("x = 1\n", "<stdin>", ParseMode::Single, arena);
  ASSERT_TRUE(r.module);
  EXPECT_EQ(r.module->mode, ModuleKind::Single);
}

}  // namespace
}  // namespace tr::syntax
