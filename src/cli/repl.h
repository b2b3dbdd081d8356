// The interactive prompt: `tauraro` on a terminal, and `tauraro -i` after a
// script. Statements run one at a time in the __main__ module's namespace.
#pragma once
#include "objects/objects.h"

namespace tr::cli {

struct ReplConfig {
  bool banner = true;  // the version line first (not after -i FILE, not with -q)
  bool hausa = false;  // --multilingual: compile with Hausa keywords
};

// Reads, compiles and runs statements until end of input or SystemExit;
// returns the exit status.
int run_repl(Module* main, const ReplConfig& config);

}  // namespace tr::cli
