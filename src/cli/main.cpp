// The `tauraro` command: parses the command line, starts the runtime on a
// thread with a large stack, and runs a file, a -c string or a module.
#include <pthread.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "builtins/builtins.h"
#include "builtins/builtins_vm.h"
#include "builtins/stdio.h"
#include "cli/options.h"
#include "compiler/compiler.h"
#include "modules/modules.h"
#include "vm/vm.h"

namespace tr::cli {
namespace {

constexpr const char* kVersion = "Tauraro 0.1.0 (Python 3.11.7 compatible)";

void write_stderr(const std::string& text) {
  Value err = stdio_stderr();
  if (!err.is_null() && !err.is_none() && !failed(stream_write_utf8(err, text))) {
    (void)stream_flush(err);
    return;
  }
  error_clear();
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

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

std::string executable_path() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "tauraro";
  buf[n] = '\0';
  return buf;
}

// The exit status for an uncaught exception (SystemExit has its own rules).
int report_uncaught() {
  Value e = error_fetch();
  stdio_flush_all();
  if (isinstance_of(e, &exc::SystemExit)) {
    Tuple* args = e.as<BaseExceptionObj>()->args_;
    Value code = args && args->size_ ? (args->size_ == 1 ? args->items_[0] : Value::object(args))
                                     : Value::none();
    if (code.is_none()) return 0;
    int64_t n;
    if (is_int(code) && int_to_i64(code, &n)) return static_cast<int>(n & 0xff);
    Value s = str(code);
    if (!s.is_null()) write_stderr(std::string(s.as<Str>()->view()) + "\n");
    error_clear();
    return 1;
  }
  vm::print_exception(e);
  error_clear();
  return 1;
}

bool read_source(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

int run(const Options& o) {
  int stack_marker = 0;
  gc::set_stack_base(&stack_marker + 1);
  objects_init();
  vm::vm_init();
  builtins_init();
  add_vm_builtins(builtins_dict());
  vm::set_default_builtins(builtins_dict());
  vm::set_stderr_writer(write_stderr);

  modules::SysConfig config;
  config.executable = executable_path();
  std::string script_dir;
  std::string source;
  std::string filename;
  if (!o.command.empty()) {
    config.argv.push_back("-c");
    source = o.command;
    filename = "<string>";
  } else if (!o.file.empty() && o.file != "-") {
    config.argv.push_back(o.file);
    // Like CPython 3.9+, the main script's __file__ and code filename are
    // absolute (cwd + path, not normalised); sys.argv[0] stays as given.
    filename = absolute(o.file);
    script_dir = absolute(dirname_of(o.file));
    if (!read_source(o.file, &source)) {
      std::fprintf(stderr, "tauraro: can't open file '%s': [Errno 2] No such file or directory\n",
                   absolute(o.file).c_str());
      return 2;
    }
  } else {
    config.argv.push_back(o.file.empty() ? "" : "-");
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
    filename = "<stdin>";
  }
  for (const std::string& a : o.script_args) config.argv.push_back(a);
  config.path.push_back(script_dir.empty() ? absolute("") : script_dir);
  config.path.push_back(TAURARO_LIB_DIR);
  if (const char* extra = std::getenv("TAURARO_PATH")) {
    std::string s(extra);
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!part.empty()) config.path.push_back(part);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  modules::modules_init(config);
  // Stress mode starts once the runtime is set up: a collection at every
  // allocation of the user's program.
  if (o.gc_stress) gc::set_stress(true);

  if (o.dump_bytecode) {
    bytecode::Code* code = compiler::compile_source(source, filename, syntax::ParseMode::File);
    if (!code) return report_uncaught();
    std::string text = bytecode::disassemble(code);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  Value m = run_main_source(source, filename, o.hausa);
  int status = m.is_null() ? report_uncaught() : 0;
  stdio_flush_all();
  return status;
}

struct ThreadArgs {
  const Options* options;
  int status;
};

void* thread_main(void* p) {
  auto* a = static_cast<ThreadArgs*>(p);
  a->status = run(*a->options);
  return nullptr;
}

}  // namespace
}  // namespace tr::cli

int main(int argc, char** argv) {
  using namespace tr::cli;
  Options o;
  int early = parse_options(argc, argv, &o);
  if (early >= 0) return early;
  // The interpreter runs on a thread with a large stack: deep recursion
  // through native code then ends in RecursionError, not a crash.
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  ThreadArgs args{&o, 0};
  pthread_t thread;
  if (pthread_create(&thread, &attr, thread_main, &args) != 0) {
    args.status = run(o);
  } else {
    pthread_join(thread, nullptr);
  }
  std::fflush(stdout);
  return args.status;
}
