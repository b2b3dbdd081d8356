// traceback_carets.h — the caret line under a traceback's source line.
#pragma once
#include <string>
#include <string_view>

#include "bytecode/code.h"

namespace tr::vm {

// The `    ~~^~~` line CPython 3.11 prints under source line `line` (raw,
// as in the file) number `lineno` for an instruction whose range `pos`
// starts on that line; empty when CPython prints none (no columns known, or
// the range is the whole line).
std::string caret_line(std::string_view line, int lineno, const bytecode::Position& pos);

}  // namespace tr::vm
