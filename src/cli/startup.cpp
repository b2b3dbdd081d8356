// Runtime start-up for the command line (see startup.h).
#include "cli/startup.h"

#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <vector>

#include "builtins/builtins.h"
#include "builtins/builtins_vm.h"
#include "builtins/stdio.h"
#include "cli/exit_status.h"
#include "modules/modules.h"
#include "vm/import_hook.h"
#include "vm/vm.h"

namespace tr::cli {
namespace {

std::string executable_path() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "tauraro";
  buf[n] = '\0';
  return buf;
}

// TAURARO_PATH's colon-separated folders, empty parts skipped.
void add_env_path(std::vector<std::string>* path) {
  const char* extra = std::getenv("TAURARO_PATH");
  if (!extra) return;
  std::string s(extra);
  size_t start = 0;
  while (start <= s.size()) {
    size_t colon = s.find(':', start);
    std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!part.empty()) path->push_back(part);
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
}

}  // namespace

std::string dirname_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return path;
  std::string cwd(buf);
  return path.empty() ? cwd : cwd + "/" + path;
}

std::string start_runtime(const Options& o, const std::string& argv0,
                          const std::string& script_dir) {
  objects_init();
  vm::vm_init();
  builtins_init();
  add_vm_builtins(builtins_dict());
  vm::set_default_builtins(builtins_dict());
  vm::set_stderr_writer(write_stderr);
  // Where single-mode code (the REPL, compile(..., 'single')) prints values.
  vm::set_stdout_hook(stdio_stdout);

  modules::SysConfig config;
  config.executable = executable_path();
  config.argv.push_back(argv0);
  for (const std::string& a : o.script_args) config.argv.push_back(a);
  // sys.path[0]: the script's folder; the current folder for -m; '' (the
  // current folder, looked up at each import) for -c, stdin and the prompt.
  config.path.push_back(!script_dir.empty() ? script_dir : o.has_module ? absolute("") : "");
  config.path.push_back(TAURARO_LIB_DIR);
  add_env_path(&config.path);
  modules::modules_init(config);
  // Stress mode starts once the runtime is set up: a collection at every
  // allocation of the user's program.
  if (o.gc_stress) gc::set_stress(true);
  return config.executable;
}

}  // namespace tr::cli
