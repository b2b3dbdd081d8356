// The __main__ module the command line runs code in (-m, the REPL, -i), and
// the one place the command line chooses how source is compiled.
#pragma once
#include <string>
#include <string_view>

#include "compiler/compiler.h"
#include "objects/objects.h"

namespace tr::cli {

// Compiler options for code the command line runs; `hausa` is --multilingual
// or a .tr file, `repl` makes expression statements print (the REPL).
compiler::Options compile_options(bool hausa, bool repl);

// A fresh module registered as sys.modules['__main__'], with __builtins__,
// __file__ (when `file` is given) and __package__ set.
Module* new_main_module(const std::string* file, Value package);
// sys.modules['__main__'] when it is a module, else null.
Module* current_main_module();

// Compiles `source` and runs it in `m`'s namespace: the code's result, or
// null with the exception (a SyntaxError too) pending.
Value run_in_module(std::string_view source, std::string_view filename, Module* m,
                    syntax::ParseMode mode, const compiler::Options& opts);

}  // namespace tr::cli
