// The REPL's reader for a stdin that is not a terminal: lines come from
// sys.stdin (so input() in the same session shares its buffer), prompts go
// to stderr and nothing is echoed.
#include <cstdio>

#include "builtins/stdio.h"
#include "cli/exit_status.h"
#include "cli/line_reader.h"

namespace tr::cli {
namespace {

class StreamReader : public LineReader {
 public:
  Result read_line(const std::string& prompt, std::string* line) override {
    write_stderr(prompt);
    Value in = stdio_stdin();
    if (in.is_null() || in.is_none()) {
      error_clear();
      return Result::Eof;
    }
    Value text = call_method(in, str_intern("readline"), nullptr, 0);
    if (text.is_null() || !is_str(text)) {
      // A broken or non-text stdin ends the session like end of input.
      error_clear();
      return Result::Eof;
    }
    std::string_view view = text.as<Str>()->view();
    if (view.empty()) return Result::Eof;
    if (view.back() == '\n') view.remove_suffix(1);
    line->assign(view);
    return Result::Line;
  }
};

}  // namespace

std::unique_ptr<LineReader> make_stream_reader() { return std::make_unique<StreamReader>(); }

}  // namespace tr::cli
