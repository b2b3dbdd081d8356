// How the command line ends a run: the exit status of an uncaught exception
// (SystemExit's rules, or the traceback and 1), and a stderr writer that
// goes through sys.stderr.
#pragma once
#include <string>

namespace tr::cli {

// Writes through the current sys.stderr, falling back to fd 2.
void write_stderr(const std::string& text);

// Takes the pending exception. SystemExit gives its code (None: 0, an int:
// that status, anything else is printed and gives 1); any other exception
// prints its traceback and gives 1. `exits` is set to whether it was
// SystemExit (the REPL keeps going otherwise).
int report_uncaught(bool* exits = nullptr);

// Whether the run ended with an uncaught KeyboardInterrupt: python3 then
// ends by SIGINT itself (status 130 in a shell), which exit_by_sigint does.
bool ended_by_interrupt();
void exit_by_sigint();

}  // namespace tr::cli
