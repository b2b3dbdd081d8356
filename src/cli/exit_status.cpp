// The exit status of an uncaught exception, and stderr output that honours
// a reassigned sys.stderr.
#include "cli/exit_status.h"

#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "builtins/stdio.h"
#include "vm/vm.h"

namespace tr::cli {

namespace {
bool g_ended_by_interrupt = false;
}  // namespace

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

int report_uncaught(bool* exits) {
  Value e = error_fetch();
  stdio_flush_all();
  bool is_exit = isinstance_of(e, &exc::SystemExit);
  if (exits) *exits = is_exit;
  if (is_exit) {
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
  if (isinstance_of(e, &exc::KeyboardInterrupt)) g_ended_by_interrupt = true;
  vm::print_exception(e);
  error_clear();
  return 1;
}

bool ended_by_interrupt() { return g_ended_by_interrupt; }

void exit_by_sigint() {
  std::fflush(stdout);
  std::signal(SIGINT, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  kill(getpid(), SIGINT);
}

}  // namespace tr::cli
