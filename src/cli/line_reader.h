// Where the REPL gets its lines: a terminal with line editing and history
// (libedit), or a plain stream (a pipe or file on stdin) read through
// sys.stdin with the prompt on stderr, as python3 does.
#pragma once
#include <memory>
#include <string>

namespace tr::cli {

class LineReader {
 public:
  enum class Result { Line, Eof, Interrupted };
  virtual ~LineReader() = default;
  // Shows `prompt` and reads one line into `line` (without its newline).
  virtual Result read_line(const std::string& prompt, std::string* line) = 0;
  // Remembers a line the user entered (for the up arrow).
  virtual void add_history(const std::string& line) {}
  // Where the REPL writes its own notes (the newline after Ctrl-D, ...).
  virtual bool notes_to_stdout() const { return false; }
};

// libedit on stdin/stdout; history in memory and in ~/.tauraro_history.
std::unique_ptr<LineReader> make_terminal_reader();
// sys.stdin.readline(); prompts on stderr.
std::unique_ptr<LineReader> make_stream_reader();

}  // namespace tr::cli
