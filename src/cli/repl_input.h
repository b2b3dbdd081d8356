// When the REPL has a whole statement, by CPython's interactive rules: open
// brackets, a triple-quoted string or a backslash continue the input; a
// compound statement (if, def, @decorator, ...) continues until an empty line.
#pragma once
#include <string_view>

namespace tr::cli {

struct InputShape {
  bool blank = true;   // only whitespace and comments
  bool open = false;   // inside brackets or a string, or after a backslash
  bool block = false;  // starts a compound statement
};

// `buffer` is every line entered for the statement so far, each ending in
// a newline; `hausa`: Hausa keywords are on (--multilingual). Only the
// shape is judged here; the parser reports errors.
InputShape shape_of(std::string_view buffer, bool hausa);

// True if `line` has nothing but spaces and tabs.
bool is_blank_line(std::string_view line);

}  // namespace tr::cli
