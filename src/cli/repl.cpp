// The read-eval-print loop: gathers lines into one statement (repl_input.h
// decides when it is whole), compiles it in single mode (expression values
// are printed and stored in builtins._) and runs it in __main__. Errors print
// a traceback and the loop goes on; SystemExit ends it with its status.
#include "cli/repl.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "builtins/stdio.h"
#include "cli/exit_status.h"
#include "cli/line_reader.h"
#include "cli/main_module.h"
#include "cli/options.h"
#include "cli/repl_input.h"
#include "cli/signals.h"
#include "modules/modules.h"
#include "vm/vm.h"

namespace tr::cli {
namespace {

constexpr const char* kFilename = "<stdin>";

Value sys_module() {
  Value sys = dict_get_str(modules::sys_modules(), str_intern("sys"));
  if (sys.is_null()) error_clear();
  return sys;
}

// sys.ps1 / sys.ps2: set when missing (as CPython does for an interactive
// session), read again at every prompt so a program may change them.
void ensure_prompt(const char* name, const char* text) {
  Value sys = sys_module();
  if (sys.is_null()) return;
  if (getattr_opt(sys, str_intern(name)).is_null()) {
    error_clear();
    (void)setattr(sys, str_intern(name), str_value(text));
    error_clear();
  }
}

std::string prompt(const char* name, const char* fallback) {
  Value sys = sys_module();
  Value p = sys.is_null() ? Value::null() : getattr_opt(sys, str_intern(name));
  if (!p.is_null()) p = str(p);
  if (p.is_null() || !is_str(p)) {
    error_clear();
    return fallback;
  }
  return std::string(p.as<Str>()->view());
}

class Repl {
 public:
  Repl(Module* main, const ReplConfig& config, LineReader& reader)
      : main_(main), config_(config), reader_(reader) {}

  int run() {
    for (;;) {
      stdio_flush_all();
      take_interrupt();  // a Ctrl-C that came while code ran is stale now
      std::string line;
      bool first = lines_ == 0;
      LineReader::Result r = reader_.read_line(first ? prompt("ps1", ">>> ") : prompt("ps2", "... "),
                                               &line);
      if (r == LineReader::Result::Interrupted) {
        write_stderr("\nKeyboardInterrupt\n");
        reset();
        continue;
      }
      if (r == LineReader::Result::Eof) {
        note("\n");
        if (lines_ == 0) return 0;
        // End of input ends the statement too (Ctrl-D at "... ").
        if (execute()) return status_;
        continue;
      }
      reader_.add_history(line);
      buffer_ += line;
      buffer_ += '\n';
      ++lines_;
      if (!statement_complete(line)) continue;
      if (execute()) return status_;
    }
  }

 private:
  bool statement_complete(const std::string& line) {
    InputShape shape = shape_of(buffer_, config_.hausa);
    if (shape.blank) {
      if (lines_ == 1) reset();  // an empty or comment line: a fresh prompt
      return false;
    }
    if (shape.open) return false;
    if (shape.block && !is_blank_line(line)) return error_before_last_line();
    return true;
  }

  // Inside a compound statement, an error on an earlier line cannot be
  // mended by more input: report it now rather than at the empty line.
  bool error_before_last_line() {
    if (compiler::compile_source(buffer_, kFilename, syntax::ParseMode::Single,
                                 compile_options(config_.hausa, true)))
      return false;
    Value e = error_fetch();
    Value lineno = getattr_opt(e, str_intern("lineno"));
    int64_t n = 0;
    error_clear();
    if (lineno.is_null() || !is_int(lineno) || !int_to_i64(lineno, &n) || n >= lines_) return false;
    error_restore(e);
    return true;
  }

  // Runs the buffered statement; true when the session should end. A
  // SyntaxError already found by error_before_last_line is reported as is.
  bool execute() {
    Value r = error_pending() ? Value::null()
                              : run_in_module(buffer_, kFilename, main_, syntax::ParseMode::Single,
                                              compile_options(config_.hausa, true));
    reset();
    if (!r.is_null()) return false;
    bool exits = false;
    status_ = report_uncaught(&exits);
    return exits;
  }

  // The newline after Ctrl-D goes where the prompt went.
  void note(const char* text) {
    if (reader_.notes_to_stdout()) {
      std::fputs(text, stdout);
      std::fflush(stdout);
    } else {
      write_stderr(text);
    }
  }

  void reset() {
    buffer_.clear();
    lines_ = 0;
  }

  Module* main_;
  ReplConfig config_;
  LineReader& reader_;
  std::string buffer_;
  int lines_ = 0;
  int status_ = 0;
};

}  // namespace

int run_repl(Module* main, const ReplConfig& config) {
  install_sigint_handler();
  ensure_prompt("ps1", ">>> ");
  ensure_prompt("ps2", "... ");
  if (config.banner) {
    write_stderr(std::string(kVersion) + " on linux\nType exit() or Ctrl-D (i.e. EOF) to leave.\n");
  }
  bool terminal = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  std::unique_ptr<LineReader> reader = terminal ? make_terminal_reader() : make_stream_reader();
  return Repl(main, config, *reader).run();
}

}  // namespace tr::cli
