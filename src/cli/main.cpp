// The `tauraro` command: parses the command line, starts the runtime on a
// thread with a large stack, and runs a file, a -c string, stdin, a module
// (-m) or the interactive prompt (also after the others with -i).
#include <malloc.h>
#include <pthread.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include "builtins/builtins_vm.h"
#include "builtins/stdio.h"
#include "cli/exit_status.h"
#include "cli/main_module.h"
#include "cli/options.h"
#include "cli/repl.h"
#include "cli/run_module.h"
#include "cli/signals.h"
#include "cli/startup.h"
#include "compiler/compiler.h"
#include "vm/vm.h"

namespace tr::cli {
namespace {

enum class Entry { Command, File, Stdin, Module, Prompt };

// python3's choice: -c, then -m, then a file; with none, the prompt when
// stdin is a terminal (or -i), else the program is read from stdin.
Entry entry_of(const Options& o) {
  if (o.has_command) return Entry::Command;
  if (o.has_module) return Entry::Module;
  if (!o.file.empty() && o.file != "-") return Entry::File;
  if (o.file.empty() && (o.interactive || isatty(STDIN_FILENO))) return Entry::Prompt;
  return Entry::Stdin;
}

// After a script with -i, an uncaught exception (SystemExit too) is shown
// and the prompt still opens, as in python3.
int script_failed(const Options& o) {
  if (!o.interactive) return report_uncaught();
  stdio_flush_all();
  vm::print_exception(error_fetch());
  error_clear();
  return 1;
}

int run(const Options& o) {
  int stack_marker = 0;
  gc::set_stack_base(&stack_marker + 1);
  Entry entry = entry_of(o);
  std::string source, filename, argv0, script_dir;
  switch (entry) {
    case Entry::Command: argv0 = "-c", filename = "<string>", source = o.command; break;
    case Entry::Module: argv0 = "-m"; break;  // the module's path once it is found
    case Entry::Prompt: break;
    case Entry::Stdin: argv0 = o.file, filename = "<stdin>"; break;
    case Entry::File:
      // __file__ and tracebacks name the script by an absolute path, as in
      // python3 (3.9+); sys.argv[0] stays as given.
      argv0 = o.file;
      filename = absolute(o.file);
      script_dir = absolute(dirname_of(o.file));
      if (!read_whole_file(o.file, &source)) {
        std::fprintf(stderr, "tauraro: can't open file '%s': [Errno 2] No such file or directory\n",
                     absolute(o.file).c_str());
        return 2;
      }
      break;
  }
  if (entry == Entry::Stdin) {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
  }
  std::string executable = start_runtime(o, argv0, script_dir);

  if (o.dump_ast) {
    syntax::Arena arena;
    syntax::ParseOptions popts;
    popts.hausa_keywords = o.hausa;
    syntax::ParseResult r =
        syntax::parse(source, filename, syntax::ParseMode::File, arena, popts);
    if (!r.module) {
      std::string text = syntax::format_syntax_error(*r.error);
      std::fwrite(text.data(), 1, text.size(), stderr);
      return 1;
    }
    std::string text = syntax::dump(r.module);
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    return 0;
  }
  if (o.dump_bytecode) {
    compiler::Options copts;
    copts.parse.hausa_keywords = o.hausa;
    bytecode::Code* code = compiler::compile_source(source, filename, syntax::ParseMode::File, copts);
    if (!code) return report_uncaught();
    std::string text = bytecode::disassemble(code);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  int status = 0;
  Module* main_mod = nullptr;
  if (entry == Entry::Module) {
    status = run_module_as_main(o.module, executable, o.hausa, &main_mod);
  } else if (entry != Entry::Prompt) {
    Value m = run_main_source(source, filename, o.hausa);
    status = m.is_null() ? script_failed(o) : 0;
  }
  if (entry == Entry::Prompt || o.interactive) {
    main_mod = current_main_module();
    if (!main_mod) main_mod = new_main_module(nullptr, Value::none());
    status = run_repl(main_mod, {.banner = entry == Entry::Prompt && !o.quiet, .hausa = o.hausa});
  }
  stdio_flush_all();
  if (o.stats) vm::print_stats();
  return status;
}

struct ThreadArgs {
  const Options* options;
  int status;
};

void* thread_main(void* p) {
  auto* a = static_cast<ThreadArgs*>(p);
  // Ctrl-C raises KeyboardInterrupt in running code, as in python3.
  install_sigint_handler();
  unblock_sigint_in_this_thread();
  a->status = run(*a->options);
  // Ends the process from here: tearing down this thread's 1 GiB stack
  // mapping and joining cost more than the rest of `tauraro -c pass`'s exit.
  std::fflush(nullptr);
  if (ended_by_interrupt()) exit_by_sigint();
  std::exit(a->status);
}

}  // namespace
}  // namespace tr::cli

int main(int argc, char** argv) {
  using namespace tr::cli;
  Options o;
  int early = parse_options(argc, argv, &o);
  if (early >= 0) return early;
  // glibc's default gives memory at the top of the heap back to the system
  // as soon as 128 KiB (raised dynamically) are free there, so a program
  // whose big-int temporaries come and go maps and faults the same pages in
  // again and again: bench/bigint took 32,000 page faults and twice the time
  // (docs/decisions.md, "Big ints and malloc").
  mallopt(M_TRIM_THRESHOLD, 1 << 20);
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  // The interpreter runs on a thread with a large stack: deep recursion
  // through native code then ends in RecursionError, not a crash. SIGINT is
  // blocked here (the new thread unblocks it) so Ctrl-C reaches the thread
  // that reads the prompt.
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  ThreadArgs args{&o, 0};
  pthread_t thread;
  block_sigint_in_this_thread();
  if (pthread_create(&thread, &attr, thread_main, &args) != 0) {
    unblock_sigint_in_this_thread();
    args.status = run(o);
  } else {
    pthread_join(thread, nullptr);
  }
  std::fflush(stdout);
  if (ended_by_interrupt()) exit_by_sigint();
  return args.status;
}
