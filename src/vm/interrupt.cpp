// interrupt.cpp — the pending-interrupt flag (interrupt.h).
#include "vm/interrupt.h"

#include "objects/objects.h"

namespace tr::vm {

volatile sig_atomic_t g_interrupt_pending = 0;

bool check_interrupt() {
  if (!take_interrupt()) return true;
  Value e = exception_new(&exc::KeyboardInterrupt, tuple_empty());
  if (!e.is_null()) error_restore(e);
  return false;
}

}  // namespace tr::vm
