// SIGINT (Ctrl-C) for the command line: a handler that only records a
// pending interrupt (vm/interrupt.h), which the REPL reads at its prompt and
// the interpreter turns into KeyboardInterrupt in running code. The
// interpreter thread is the one that receives it (main() blocks SIGINT in
// its own thread), so a blocked read(2) there returns EINTR. Until something
// takes it, a second Ctrl-C ends the process as the default action would,
// so code that never polls (a long native call) can still be stopped.
#pragma once

namespace tr::cli {

// Installs the handler (without SA_RESTART, so reads are interrupted).
void install_sigint_handler();

// main(): SIGINT goes to the interpreter thread, never the waiting one.
void block_sigint_in_this_thread();
void unblock_sigint_in_this_thread();

bool interrupt_pending();
// Clears the pending interrupt; true if there was one.
bool take_interrupt();

}  // namespace tr::cli
