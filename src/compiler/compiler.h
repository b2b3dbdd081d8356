// compiler/: the second stage of the pipeline — an AST (syntax/) becomes a tree
// of bytecode::Code objects (bytecode/) for the VM. Scopes, register
// allocation, code generation and constant folding all live behind this header.
#pragma once
#include <string_view>

#include "bytecode/code.h"
#include "syntax/syntax.h"

namespace tr::compiler {

struct Options {
  // exec/eval with a separate locals mapping: module-level names use
  // LOAD_NAME/STORE_NAME instead of the globals ops.
  bool name_ops_at_module_level = false;
  // Single (REPL) mode: expression statements print their value (PRINT_EXPR).
  bool repl = false;
  // For compile_source: e.g. parse.hausa_keywords for .tr files and
  // --multilingual (the REPL passes the command line's choice here).
  syntax::ParseOptions parse;
};

// Parses and compiles. On failure returns null with a SyntaxError (or
// IndentationError / TabError) pending, built as CPython builds it:
// exception_new(&exc::SyntaxError,
//               (msg, (filename, lineno, offset, text, end_lineno, end_offset))).
bytecode::Code* compile_source(std::string_view source, std::string_view filename,
                               syntax::ParseMode mode, const Options& = {});

// Compiles an already parsed module. Errors as for compile_source; the text
// of the offending line is None (the source is not known here).
bytecode::Code* compile_module(const syntax::Module* mod, std::string_view filename,
                               const Options& = {});

}  // namespace tr::compiler
