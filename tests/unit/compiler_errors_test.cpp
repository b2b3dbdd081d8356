// compiler_errors_test.cpp — the SyntaxErrors compiler/ raises (scope
// analysis and codegen), checked against CPython 3.11's message and
// location: "msg @ lineno:offset-end_lineno:end_offset".

#include <gtest/gtest.h>

#include <string>

#include "compiler/compiler.h"
#include "objects/objects.h"
#include "test_support.h"

namespace tr::compiler {
namespace {

std::string int_text(Value v) { return v.is_int() ? std::to_string(v.as_int()) : "?"; }

std::string compile_error(const std::string& src) {
  test::ensure_runtime();
  bytecode::code_init();
  gc::Pause pause;
  bytecode::Code* code = compile_source(src, "t.py", syntax::ParseMode::File);
  if (code) return "OK";
  Value e = error_fetch();
  if (e.is_null() || !is_exception_instance(e)) return "no exception";
  Tuple* args = e.as<BaseExceptionObj>()->args_;
  if (!args || args->size_ != 2 || !is_tuple(args->items_[1])) return "bad args";
  std::string msg(args->items_[0].as<Str>()->view());
  Tuple* loc = args->items_[1].as<Tuple>();
  return msg + " @ " + int_text(loc->items_[1]) + ":" + int_text(loc->items_[2]) + "-" +
         int_text(loc->items_[4]) + ":" + int_text(loc->items_[5]);
}

struct Case {
  const char* src;
  const char* expected;
};

// Expected values generated with CPython 3.11's compile().
const Case kCases[] = {
    {"def f(a, a): pass",
     "duplicate argument 'a' in function definition @ 1:10-1:11"},
    {"def f():\n  x = 1\n  global x",
     "name 'x' is assigned to before global declaration @ 3:3-3:11"},
    {"def f():\n  print(x)\n  global x",
     "name 'x' is used prior to global declaration @ 3:3-3:11"},
    {"def f(x):\n  global x",
     "name 'x' is parameter and global @ 2:3-2:11"},
    {"nonlocal x",
     "nonlocal declaration not allowed at module level @ 1:1-1:11"},
    {"def f():\n  nonlocal x",
     "no binding for nonlocal 'x' found @ 2:3-2:13"},
    {"yield 1",
     "'yield' outside function @ 1:1-1:8"},
    {"class C:\n  yield 1",
     "'yield' outside function @ 2:3-2:10"},
    {"[(yield x) for x in y]",
     "'yield' inside list comprehension @ 1:3-1:10"},
    {"((yield x) for x in y)",
     "'yield' inside generator expression @ 1:3-1:10"},
    {"return 1",
     "'return' outside function @ 1:1-1:9"},
    {"class C:\n  return 1",
     "'return' outside function @ 2:3-2:11"},
    {"break",
     "'break' outside loop @ 1:1-1:6"},
    {"continue",
     "'continue' not properly in loop @ 1:1-1:9"},
    {"for x in y:\n  def f():\n    break",
     "'break' outside loop @ 3:5-3:10"},
    {"while x:\n  class C:\n    continue",
     "'continue' not properly in loop @ 3:5-3:13"},
    {"await x",
     "'await' outside function @ 1:1-1:8"},
    {"def f():\n  await x",
     "'await' outside async function @ 2:3-2:10"},
    {"async def f():\n  yield 1\n  return 2",
     "'return' with value in async generator @ 3:3-3:11"},
    {"def f():\n  async with x: pass",
     "'async with' outside async function @ 2:3-2:21"},
    {"def f():\n  async for x in y: pass",
     "'async for' outside async function @ 2:3-2:25"},
    {"def f():\n  [x async for x in y]",
     "asynchronous comprehension outside of an asynchronous function @ 2:3-2:23"},
    {"async def f():\n  yield from g()",
     "'yield from' inside async function @ 2:3-2:17"},
    {"*a = 1",
     "starred assignment target must be in a list or tuple @ 1:1-1:3"},
    {"*a, *b = c",
     "multiple starred expressions in assignment @ 1:1-1:7"},
    {"a, *b, c, *d = e",
     "multiple starred expressions in assignment @ 1:1-1:13"},
    {"x = *a",
     "can't use starred expression here @ 1:5-1:7"},
    {"f(a=1, a=2)",
     "keyword argument repeated: a @ 1:8-1:11"},
    {"class C(x=1, x=2): pass",
     "keyword argument repeated: x @ 1:14-1:17"},
    {"def f():\n  from m import *",
     "import * only allowed at module level @ 2:17-2:18"},
    {"class C:\n  [(y := 1) for x in z]",
     "assignment expression within a comprehension cannot be used in a class body @ 2:5-2:6"},
    {"[x := 1 for x in z]",
     "assignment expression cannot rebind comprehension iteration variable 'x' @ 1:2-1:3"},
    {"[y for x in (y := z)]",
     "assignment expression cannot be used in a comprehension iterable expression @ 1:14-1:20"},
    {"def f():\n  x: int\n  global x",
     "annotated name 'x' can't be global @ 3:3-3:11"},
    {"def f():\n  global x\n  x: int",
     "annotated name 'x' can't be global @ 3:3-3:9"},
    {"def f(x):\n  nonlocal x",
     "name 'x' is parameter and nonlocal @ 2:3-2:13"},
    {"def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x",
     "name 'x' is nonlocal and global @ 4:5-4:13"},
    {"def f():\n  y = 1\n  def g():\n    y = 2\n    nonlocal y",
     "name 'y' is assigned to before nonlocal declaration @ 5:5-5:15"},
    {"match x:\n  case y: pass\n  case 1: pass",
     "name capture 'y' makes remaining patterns unreachable @ 2:8-2:9"},
    {"match x:\n  case _: pass\n  case 1: pass",
     "wildcard makes remaining patterns unreachable @ 2:8-2:9"},
    {"match x:\n  case [a, a]: pass",
     "multiple assignments to name 'a' in pattern @ 2:12-2:13"},
    {"match x:\n  case a | b: pass",
     "name capture 'a' makes remaining patterns unreachable @ 2:8-2:9"},
    {"match x:\n  case {1: a, 1: b}: pass",
     "mapping pattern checks duplicate key (1) @ 2:8-2:20"},
    {"match x:\n  case C(a=1, a=2): pass",
     "attribute name repeated in class pattern: a @ 2:17-2:18"},
    {"match x:\n  case _ | 1: pass",
     "wildcard makes remaining patterns unreachable @ 2:8-2:9"},
    {"match x:\n  case [a] | [b]: pass",
     "alternative patterns bind different names @ 2:15-2:16"},
    {"match x:\n  case [*a, *b]: pass",
     "multiple starred names in sequence pattern @ 2:8-2:16"},
    {"match x:\n  case (y as z): pass\n  case 1: pass",
     "name capture 'y' makes remaining patterns unreachable @ 2:9-2:10"},
    {"match x:\n  case [y] as y: pass",
     "multiple assignments to name 'y' in pattern @ 2:9-2:10"},
    {"match x:\n  case {'a': y, **y}: pass",
     "multiple assignments to name 'y' in pattern @ 2:14-2:15"},
    {"match x:\n  case {True: a, 1: b}: pass",
     "mapping pattern checks duplicate key (1) @ 2:8-2:23"},
    {"def f():\n  x = 1\n  return\n  break",
     "'break' outside loop @ 4:3-4:8"},
    {"if x:\n  pass\nelse:\n  break",
     "'break' outside loop @ 4:3-4:8"},
};

TEST(CompilerErrors, MatchCPython) {
  for (const Case& c : kCases) EXPECT_EQ(compile_error(c.src), c.expected) << c.src;
}

TEST(CompilerErrors, ValidProgramsCompile) {
  const char* ok[] = {
      "def f():\n  global x\n  x = 1",
      "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2",
      "class C:\n  def f(self):\n    return super().f()",
      "for x in y:\n  try:\n    break\n  finally:\n    pass",
      "match x:\n  case y if y: pass\n  case 1: pass",
      "def f():\n  [(y := 1) for x in z]\n  return y",
  };
  for (const char* src : ok) EXPECT_EQ(compile_error(src), "OK") << src;
}

}  // namespace
}  // namespace tr::compiler
