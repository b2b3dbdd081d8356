// codegen_match.cpp — match statements (compiler/).
#include "compiler/compiler_internal.h"

namespace tr::compiler {
void Compiler::match_stmt(const ast::Match* s) { error(s, "match is not supported yet"); }
}  // namespace tr::compiler
