// `tauraro -m MODULE`: finds MODULE on sys.path (a package runs its
// __main__ submodule) and runs it as __main__, as python3's runpy does.
#pragma once
#include <string>

#include "objects/objects.h"

namespace tr::cli {

// Runs module `name` as __main__ with sys.argv[0] set to its file. Returns
// the exit status; errors are reported as python3 reports them, prefixed
// with `executable`. `*main_out` is the __main__ module when it ran (for -i).
int run_module_as_main(const std::string& name, const std::string& executable, bool hausa,
                       Module** main_out);

}  // namespace tr::cli
