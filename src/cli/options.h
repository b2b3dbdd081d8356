// Command-line options of `tauraro`, parsed once in main().
#pragma once
#include <string>
#include <vector>

namespace tr::cli {

constexpr const char* kVersion = "Tauraro 0.1.0 (Python 3.11.7 compatible)";

struct Options {
  std::string file;                      // script path, "-" for stdin
  std::string command;                   // -c CODE
  std::string module;                    // -m MODULE
  bool has_command = false;              // -c was given (CODE may be empty)
  bool has_module = false;               // -m was given
  std::vector<std::string> script_args;  // sys.argv[1:]
  bool dump_bytecode = false;
  bool dump_ast = false;
  bool jit = true;
  int jit_threshold = -1;
  bool gc_stress = false;
  bool stats = false;
  bool hausa = false;                    // --multilingual or a .tr file
  bool interactive = false;              // -i
  bool quiet = false;                    // -q: no banner before the prompt
};

// Fills `o`; returns an exit status when the program should stop right away
// (--help, --version, a usage error), else -1.
int parse_options(int argc, char** argv, Options* o);

}  // namespace tr::cli
