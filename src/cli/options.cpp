// Parsing of the command line: python3-compatible flags plus Tauraro's own
// (--jit, --dump, --gc-stress, --multilingual).
#include "cli/options.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tr::cli {
namespace {

constexpr const char* kUsage =
    "usage: tauraro [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd             program passed in as string (terminates option list)\n"
    "  -m mod             run library module as a script (terminates option list)\n"
    "  -i                 inspect interactively after running script\n"
    "  -q                 don't print the version banner on interactive startup\n"
    "  -h, --help         print this help message and exit\n"
    "  -V, --version      print the version number and exit\n"
    "  --jit=on|off       enable or disable the tracing JIT (default on)\n"
    "  --jit-threshold=N  loop iterations before a trace is recorded\n"
    "  --dump=bytecode    print the disassembly of every code object and exit\n"
    "  --dump=ast         print the syntax tree and exit\n"
    "  --gc-stress        run a full garbage collection at every allocation\n"
    "  --stats            print interpreter counters at exit\n"
    "  --multilingual     accept Hausa keywords (always on for .tr files)\n"
    "  file               program read from script file ('-' reads stdin)\n"
    "  arg ...            arguments passed to program in sys.argv[1:]\n";

// python3's answer to a flag that lacks its argument: exit status 2.
int missing_argument(const char* flag) {
  std::fprintf(stderr,
               "Argument expected for the %s option\n"
               "usage: tauraro [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
               "Try `tauraro -h' for more information.\n",
               flag);
  return 2;
}

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

}  // namespace

int parse_options(int argc, char** argv, Options* o) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "-V" || a == "--version") {
      std::puts(kVersion);
      return 0;
    }
    if (a == "-c") {
      if (i + 1 >= argc) return missing_argument("-c");
      o->command = argv[++i];
      o->has_command = true;
      ++i;
      break;
    }
    if (a == "-m") {
      if (i + 1 >= argc) return missing_argument("-m");
      o->module = argv[++i];
      o->has_module = true;
      ++i;
      break;
    }
    if (a == "-i") { o->interactive = true; continue; }
    if (a == "-q") { o->quiet = true; continue; }
    if (a == "-u" || a == "-B" || a == "-E" || a == "-s" || a == "-S" || a == "-O") continue;
    if (a == "--jit=on") { o->jit = true; continue; }
    if (a == "--jit=off") { o->jit = false; continue; }
    if (a.rfind("--jit-threshold=", 0) == 0) {
      o->jit_threshold = std::atoi(a.c_str() + 16);
      continue;
    }
    if (a == "--dump=bytecode") { o->dump_bytecode = true; continue; }
    if (a == "--dump=ast") { o->dump_ast = true; continue; }
    if (a == "--gc-stress") { o->gc_stress = true; continue; }
    if (a == "--stats") { o->stats = true; continue; }
    if (a == "--multilingual") { o->hausa = true; continue; }
    if (a == "-") {
      o->file = "-";
      ++i;
      break;
    }
    if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), kUsage);
      return 2;
    }
    o->file = a;
    ++i;
    break;
  }
  for (; i < argc; ++i) o->script_args.push_back(argv[i]);
  if (ends_with(o->file, ".tr")) o->hausa = true;
  if (const char* stress = std::getenv("TAURARO_GC_STRESS")) {
    if (*stress && *stress != '0') o->gc_stress = true;
  }
  return -1;
}

}  // namespace tr::cli
