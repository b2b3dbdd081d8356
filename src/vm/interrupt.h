// interrupt.h — a pending Ctrl-C (SIGINT) that the interpreter turns into
// KeyboardInterrupt. The signal handler (cli/) only sets the flag; the
// interpreter polls it at backward jumps and calls, where raising is safe.
#pragma once
#include <csignal>

namespace tr::vm {

extern volatile sig_atomic_t g_interrupt_pending;

inline bool interrupt_pending() { return g_interrupt_pending != 0; }
// Clears the pending interrupt; true if there was one.
inline bool take_interrupt() {
  bool was = g_interrupt_pending != 0;
  g_interrupt_pending = 0;
  return was;
}

// Takes a pending interrupt and raises KeyboardInterrupt for it. False (with
// the exception pending) when there was one.
bool check_interrupt();

}  // namespace tr::vm
