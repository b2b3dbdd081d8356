// syntax_error.cpp — renders a SyntaxErrorInfo exactly as CPython 3.11's
// traceback module does (file/line header, stripped source line, carets).

#include "syntax/syntax.h"
#include "syntax/unicode.h"

namespace tr::syntax {

std::string format_syntax_error(const SyntaxErrorInfo& err) {
  std::string out;
  std::string suffix;
  if (err.line > 0) {
    out += "  File \"" + (err.filename.empty() ? std::string("<string>") : err.filename) +
           "\", line " + std::to_string(err.line) + "\n";
  } else if (!err.filename.empty()) {
    suffix = " (" + err.filename + ")";
  }
  if (!err.text.empty()) {
    std::string rtext = err.text;
    while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
    size_t lead = rtext.find_first_not_of(" \n\f");
    std::string ltext = lead == std::string::npos ? std::string() : rtext.substr(lead);
    // Offsets count characters, so measure the stripped prefix in characters.
    int spaces = utf8_length(rtext) - utf8_length(ltext);
    out += "    " + ltext + "\n";
    if (err.col != 0) {
      int offset = err.col;
      int end_offset = err.end_col == 0 ? offset : err.end_col;
      if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
      int colno = offset - 1 - spaces;
      int end_colno = end_offset - 1 - spaces;
      if (colno >= 0) {
        std::string caret_line = "    ";
        int idx = 0;
        for (size_t i = 0; i < ltext.size() && idx < colno;) {
          int len;
          utf8_decode(ltext, i, &len);
          char c = ltext[i];
          caret_line += (c == ' ' || c == '\t' || c == '\f' || c == '\v') ? c : ' ';
          i += len;
          ++idx;
        }
        for (; idx < colno; ++idx) caret_line += ' ';
        for (int k = colno; k < end_colno; ++k) caret_line += '^';
        out += caret_line + "\n";
      }
    }
  }
  out += err.kind + ": " + (err.msg.empty() ? "<no detail available>" : err.msg) + suffix + "\n";
  return out;
}

}  // namespace tr::syntax
