// The --stats report: a table of opcode executions, and of inline-cache
// hits, misses and deoptimisations for each quickened form, on stderr at exit.
#include "vm/stats.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <vector>

#include "vm/vm.h"

namespace tr::vm {

#ifdef TAURARO_STATS
namespace stats {
OpCounters g_ops[static_cast<int>(bytecode::Op::kCount)];
}  // namespace stats

void print_stats() {
  using bytecode::Op;
  constexpr int kOps = static_cast<int>(Op::kCount);
  uint64_t total = 0;
  std::vector<int> order;
  for (int i = 0; i < kOps; ++i) {
    const stats::OpCounters& c = stats::g_ops[i];
    total += c.executed;
    if (c.executed || c.misses || c.deopts || c.quickened) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [](int a, int b) {
    return stats::g_ops[a].executed > stats::g_ops[b].executed;
  });
  std::FILE* out = stderr;
  std::fprintf(out, "\n-- tauraro --stats: %" PRIu64 " instructions executed --\n", total);
  std::fprintf(out, "%-24s %14s %7s %14s %10s %10s %10s\n", "opcode", "executed", "share",
               "cache hits", "misses", "deopts", "quickened");
  for (int i : order) {
    const stats::OpCounters& c = stats::g_ops[i];
    bool quickened_form = c.misses || c.deopts || c.quickened;
    double share = total ? 100.0 * static_cast<double>(c.executed) / static_cast<double>(total) : 0;
    if (quickened_form) {
      // A miss runs the generic form, so hits are the executions that passed.
      uint64_t hits = c.executed > c.misses ? c.executed - c.misses : 0;
      std::fprintf(out, "%-24s %14" PRIu64 " %6.2f%% %14" PRIu64 " %10" PRIu64 " %10" PRIu64
               " %10" PRIu64 "\n", bytecode::op_name(static_cast<Op>(i)), c.executed, share, hits,
               c.misses, c.deopts, c.quickened);
    } else {
      std::fprintf(out, "%-24s %14" PRIu64 " %6.2f%%\n", bytecode::op_name(static_cast<Op>(i)),
                   c.executed, share);
    }
  }
}
#else
void print_stats() {
  std::fprintf(stderr, "tauraro: --stats needs a build configured with -DTAURARO_STATS=ON\n");
}
#endif

}  // namespace tr::vm
