// Bringing the runtime up for the command line: objects, VM, builtins, and
// the sys module with the argv and search path python3 would give.
#pragma once
#include <string>

#include "cli/options.h"

namespace tr::cli {

// Initialises everything the program needs. `argv0` is sys.argv[0];
// `script_dir` the script's folder (sys.path[0]; empty: the current
// directory). Returns sys.executable.
std::string start_runtime(const Options& o, const std::string& argv0,
                          const std::string& script_dir);

// `path` made absolute against the current directory.
std::string absolute(const std::string& path);
// The folder part of `path` ("" when it has none).
std::string dirname_of(const std::string& path);

}  // namespace tr::cli
