// Reports an internal bug and aborts: the only place the runtime dies on purpose.
#include "base/check.h"

namespace tr {
void check_failed(const char* expr, const char* file, int line) {
  std::fflush(stdout);
  std::fprintf(stderr, "tauraro: internal error: %s at %s:%d\n", expr, file, line);
  std::abort();
}
}  // namespace tr
