// Internal-bug checks: TR_CHECK is always on, TR_DCHECK only in debug builds.
// Python errors never go through here (they are returned statuses).
#pragma once
#include <cstdio>
#include <cstdlib>

namespace tr {
[[noreturn]] void check_failed(const char* expr, const char* file, int line);
}

#define TR_CHECK(cond) \
  do { if (!(cond)) ::tr::check_failed(#cond, __FILE__, __LINE__); } while (0)
#ifdef NDEBUG
#define TR_DCHECK(cond) do { (void)sizeof(cond); } while (0)
#else
#define TR_DCHECK(cond) TR_CHECK(cond)
#endif
#define TR_UNREACHABLE() ::tr::check_failed("unreachable", __FILE__, __LINE__)
