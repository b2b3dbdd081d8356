// The SIGINT handler and its pending-interrupt flag (see signals.h).
#include "cli/signals.h"

#include "vm/interrupt.h"

#include <pthread.h>

#include <csignal>

namespace tr::cli {
namespace {

using vm::g_interrupt_pending;

void on_sigint(int) {
  if (g_interrupt_pending) {
    // The previous Ctrl-C was never taken (code that does not poll, a
    // blocking call): let this one end the process as it would by default.
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
    return;
  }
  g_interrupt_pending = 1;
}

void set_sigint_blocked(bool blocked) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &set, nullptr);
}

}  // namespace

void install_sigint_handler() {
  struct sigaction sa = {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a read(2) waiting for a key returns EINTR
  sigaction(SIGINT, &sa, nullptr);
}

void block_sigint_in_this_thread() { set_sigint_blocked(true); }
void unblock_sigint_in_this_thread() { set_sigint_blocked(false); }

bool interrupt_pending() { return vm::interrupt_pending(); }

bool take_interrupt() { return vm::take_interrupt(); }

}  // namespace tr::cli
