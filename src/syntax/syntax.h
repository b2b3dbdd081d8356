// syntax.h — the public interface of src/syntax: source text -> AST.
// The only header other folders include; the compiler turns the Module into
// bytecode, the CLI prints SyntaxErrorInfo with format_syntax_error().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "syntax/arena.h"
#include "syntax/ast.h"

namespace tr::syntax {

enum class ParseMode { File, Eval, Single /* one REPL statement */ };

struct ParseOptions {
  // Accept the Hausa keyword aliases of tokens.def as well as Python's
  // keywords (.tr files, --multilingual).  Python source leaves this off, so
  // `ko` or `idan` stay ordinary names there.
  bool hausa_keywords = false;
  int feature_version = 11;     // Python 3.x minor version of the grammar
};

// A SyntaxError as CPython reports it.  `line`/`col` are CPython's lineno and
// offset: 1-based line, 1-based column (in characters of `text`, as CPython's
// offset); end_line/end_col likewise (0 when unknown).  `text` is the
// offending source line including its trailing newline if it had one.
struct SyntaxErrorInfo {
  std::string kind;  // "SyntaxError", "IndentationError" or "TabError"
  std::string msg;
  std::string filename;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  std::string text;
};

struct ParseResult {
  Module* module = nullptr;  // null on error
  std::optional<SyntaxErrorInfo> error;
};

// Parses `source` (UTF-8, optional BOM).  Nodes are allocated in `arena`.
ParseResult parse(std::string_view source, std::string_view filename, ParseMode mode,
                  Arena& arena, const ParseOptions& opts = {});

// A keyword quoted for a message about node `n`, as the user wrote it:
// "'return'", or "'maido'" when `n` starts with the keyword's Hausa alias
// (Node::hausa_keyword).  `english` is the Python spelling.
std::string quote_keyword(std::string_view english, const Node* n);

// CPython's rendering, e.g.
//   '  File "f.py", line 3\n    def broken(:\n               ^\nSyntaxError: invalid syntax\n'
std::string format_syntax_error(const SyntaxErrorInfo& err);

// A readable indented tree in the spirit of ast.dump(indent=2), for tests
// and `--dump=ast`.
std::string dump(const Module* module);
std::string dump_expr(const Expr* expr);
// Same with lineno/col_offset/end_lineno/end_col_offset, like
// ast.dump(tree, indent=2, include_attributes=True).
std::string dump_with_positions(const Module* module);

}  // namespace tr::syntax
