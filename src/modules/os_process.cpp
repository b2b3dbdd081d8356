// The posix module, process side: the environment, ids, urandom, raw file
// descriptors (open/read/write/close), system() and terminal queries.
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/os_internal.h"
#include "modules/random_internal.h"

extern char** environ;

namespace tr::modules::os_mod {
namespace {

bool int_param(Value v, int64_t* out) {
  Value i = to_index(v);
  return !i.is_null() && to_ssize(i, out);
}

bool fd_param(Value v, int* out) {
  int64_t n;
  if (!int_param(v, &n)) return false;
  if (n > INT32_MAX || n < INT32_MIN) {
    raise(&exc::OverflowError, "fd is greater than maximum");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// Bytes-like argument data (bytes, bytearray).
bool buffer_param(const char* fname, Value v, std::string_view* out) {
  if (isinstance_of(v, &bytes_type)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (isinstance_of(v, &bytearray_type)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(v));
  (void)fname;
  return false;
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!n || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Environment

// _environ(): the process environment at the time of the call as a dict
// of str; lib/os.py keeps it in os.environ and writes changes through.
Value f_environ(const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("_environ", kw) || !check_nargs("_environ", nargs, 0, 0))
    return Value::null();
  Dict* d = dict_new();
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    size_t eq = entry.find('=', 1);
    if (eq == std::string_view::npos || !valid_utf8(entry)) continue;
    Value k = str_value(entry.substr(0, eq));
    if (!dict_get(d, k).is_null()) continue;  // the first definition wins, as in getenv()
    if (failed(dict_set(d, k, str_value(entry.substr(eq + 1))))) return Value::null();
  }
  return Value::object(d);
}

bool env_str(const char* what, Value v, std::string* out) {
  if (is_str(v)) {
    *out = std::string(v.as<Str>()->view());
  } else if (isinstance_of(v, &bytes_type)) {
    *out = std::string(v.as<Bytes>()->view());
  } else {
    raise(&exc::TypeError, "str expected, not %s", type_name_of(v));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    raise(&exc::ValueError, "embedded null byte");
    return false;
  }
  (void)what;
  return true;
}

Value f_putenv(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("putenv", kw) || !check_nargs("putenv", nargs, 2, 2)) return Value::null();
  std::string k, v;
  if (!env_str("name", args[0], &k) || !env_str("value", args[1], &v)) return Value::null();
  if (k.empty() || k.find('=') != std::string::npos)
    return raise(&exc::ValueError, "illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) return raise_errno(errno);
  return Value::none();
}

Value f_unsetenv(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("unsetenv", kw) || !check_nargs("unsetenv", nargs, 1, 1))
    return Value::null();
  std::string k;
  if (!env_str("name", args[0], &k)) return Value::null();
  if (k.empty() || k.find('=') != std::string::npos)
    return raise(&exc::ValueError, "illegal environment variable name");
  if (::unsetenv(k.c_str()) != 0) return raise_errno(errno);
  return Value::none();
}

// ---------------------------------------------------------------------------
// Ids and system information

template <typename T, T (*Call)()>
Value id_call(const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("id", kw) || !check_nargs("id", nargs, 0, 0)) return Value::null();
  return int_from_i64(static_cast<int64_t>(Call()));
}

Value f_cpu_count(const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("cpu_count", kw) || !check_nargs("cpu_count", nargs, 0, 0))
    return Value::null();
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Value::none() : int_from_i64(n);
}

Value f_urandom(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("urandom", kw) || !check_nargs("urandom", nargs, 1, 1)) return Value::null();
  int64_t n;
  if (!int_param(args[0], &n)) return Value::null();
  if (n < 0) return raise(&exc::ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  if (!random_mod::os_random_bytes(buf.data(), buf.size())) return raise_errno(errno);
  return Value::object(bytes_new(buf));
}

Value f_strerror(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("strerror", kw) || !check_nargs("strerror", nargs, 1, 1))
    return Value::null();
  int64_t code;
  if (!int_param(args[0], &code)) return Value::null();
  return str_value(std::strerror(static_cast<int>(code)));
}

Value f_uname(const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("uname", kw) || !check_nargs("uname", nargs, 0, 0)) return Value::null();
  struct utsname u;
  if (::uname(&u) != 0) return raise_errno(errno);
  return Value::object(tuple_pack({str_value(u.sysname), str_value(u.nodename),
                                   str_value(u.release), str_value(u.version),
                                   str_value(u.machine)}));
}

Value f_get_terminal_size(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("get_terminal_size", kw) || !check_nargs("get_terminal_size", nargs, 0, 1))
    return Value::null();
  int fd = 1;
  if (nargs && !fd_param(args[0], &fd)) return Value::null();
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_errno(errno);
  return Value::object(tuple_pack({Value::small_int(w.ws_col), Value::small_int(w.ws_row)}));
}

Value f_system(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"command"};
  Value a[1];
  if (!parse_args("system", args, nargs, kw, kNames, 1, 1, a)) return Value::null();
  Path p;
  if (!path_arg("system", a[0], &p)) return Value::null();
  int rc = std::system(p.bytes.c_str());
  return int_from_i64(rc);
}

Value f_umask(const Value* args, size_t nargs, Tuple* kw) {
  int64_t mask;
  if (!check_no_kwargs("umask", kw) || !check_nargs("umask", nargs, 1, 1) ||
      !int_param(args[0], &mask))
    return Value::null();
  return int_from_i64(::umask(static_cast<mode_t>(mask)));
}

Value f_exit(const Value* args, size_t nargs, Tuple* kw) {
  int64_t code;
  if (!check_no_kwargs("_exit", kw) || !check_nargs("_exit", nargs, 1, 1) ||
      !int_param(args[0], &code))
    return Value::null();
  ::_exit(static_cast<int>(code));
}

Value f_kill(const Value* args, size_t nargs, Tuple* kw) {
  int64_t pid, sig;
  if (!check_no_kwargs("kill", kw) || !check_nargs("kill", nargs, 2, 2) ||
      !int_param(args[0], &pid) || !int_param(args[1], &sig))
    return Value::null();
  if (::kill(static_cast<pid_t>(pid), static_cast<int>(sig)) != 0) return raise_errno(errno);
  return Value::none();
}

// ---------------------------------------------------------------------------
// Raw file descriptors

Value f_open(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "flags", "mode", "dir_fd"};
  Value a[4];
  Path p;
  int64_t flags, mode = 0777;
  if (!parse_args("open", args, nargs, kw, kNames, 4, 2, a) || !path_arg("open", a[0], &p) ||
      !int_param(a[1], &flags) || (!a[2].is_null() && !int_param(a[2], &mode)))
    return Value::null();
  int fd;
  do {
    fd = ::open(p.bytes.c_str(), static_cast<int>(flags) | O_CLOEXEC, static_cast<mode_t>(mode));
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return raise_errno(errno, p.object);
  return Value::small_int(fd);
}

Value f_close(const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_no_kwargs("close", kw) || !check_nargs("close", nargs, 1, 1) ||
      !fd_param(args[0], &fd))
    return Value::null();
  if (::close(fd) != 0) return raise_errno(errno);
  return Value::none();
}

Value f_read(const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  int64_t n;
  if (!check_no_kwargs("read", kw) || !check_nargs("read", nargs, 2, 2) ||
      !fd_param(args[0], &fd) || !int_param(args[1], &n))
    return Value::null();
  if (n < 0) return raise_errno(EINVAL);
  std::string buf(static_cast<size_t>(n), '\0');
  ssize_t got;
  do {
    got = ::read(fd, buf.data(), buf.size());
  } while (got < 0 && errno == EINTR);
  if (got < 0) return raise_errno(errno);
  buf.resize(static_cast<size_t>(got));
  return Value::object(bytes_new(buf));
}

Value f_write(const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  std::string_view data;
  if (!check_no_kwargs("write", kw) || !check_nargs("write", nargs, 2, 2) ||
      !fd_param(args[0], &fd) || !buffer_param("write", args[1], &data))
    return Value::null();
  ssize_t n;
  do {
    n = ::write(fd, data.data(), data.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) return raise_errno(errno);
  return int_from_i64(n);
}

Value f_lseek(const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  int64_t pos, how;
  if (!check_no_kwargs("lseek", kw) || !check_nargs("lseek", nargs, 3, 3) ||
      !fd_param(args[0], &fd) || !int_param(args[1], &pos) || !int_param(args[2], &how))
    return Value::null();
  off_t r = ::lseek(fd, pos, static_cast<int>(how));
  if (r < 0) return raise_errno(errno);
  return int_from_i64(r);
}

Value f_isatty(const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_no_kwargs("isatty", kw) || !check_nargs("isatty", nargs, 1, 1) ||
      !fd_param(args[0], &fd))
    return Value::null();
  return Value::boolean(::isatty(fd) == 1);
}

Value f_pipe(const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("pipe", kw) || !check_nargs("pipe", nargs, 0, 0)) return Value::null();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_errno(errno);
  return Value::object(tuple_pack({Value::small_int(fds[0]), Value::small_int(fds[1])}));
}

Value f_dup(const Value* args, size_t nargs, Tuple* kw) {
  int fd;
  if (!check_no_kwargs("dup", kw) || !check_nargs("dup", nargs, 1, 1) || !fd_param(args[0], &fd))
    return Value::null();
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_errno(errno);
  return Value::small_int(r);
}

Value f_dup2(const Value* args, size_t nargs, Tuple* kw) {
  int fd, fd2;
  if (!check_nargs("dup2", nargs, 2, 3) || !fd_param(args[0], &fd) || !fd_param(args[1], &fd2))
    return Value::null();
  (void)kw;
  if (::dup2(fd, fd2) < 0) return raise_errno(errno);
  return Value::small_int(fd2);
}

}  // namespace

void add_process_functions(Dict* d) {
  add_function(d, "_environ", f_environ);
  add_function(d, "putenv", f_putenv);
  add_function(d, "unsetenv", f_unsetenv);
  add_function(d, "getpid", id_call<pid_t, ::getpid>);
  add_function(d, "getppid", id_call<pid_t, ::getppid>);
  add_function(d, "getuid", id_call<uid_t, ::getuid>);
  add_function(d, "geteuid", id_call<uid_t, ::geteuid>);
  add_function(d, "getgid", id_call<gid_t, ::getgid>);
  add_function(d, "getegid", id_call<gid_t, ::getegid>);
  add_function(d, "cpu_count", f_cpu_count);
  add_function(d, "urandom", f_urandom);
  add_function(d, "strerror", f_strerror);
  add_function(d, "uname", f_uname);
  add_function(d, "get_terminal_size", f_get_terminal_size);
  add_function(d, "system", f_system);
  add_function(d, "umask", f_umask);
  add_function(d, "_exit", f_exit);
  add_function(d, "kill", f_kill);
  add_function(d, "open", f_open);
  add_function(d, "close", f_close);
  add_function(d, "read", f_read);
  add_function(d, "write", f_write);
  add_function(d, "lseek", f_lseek);
  add_function(d, "isatty", f_isatty);
  add_function(d, "pipe", f_pipe);
  add_function(d, "dup", f_dup);
  add_function(d, "dup2", f_dup2);
}

}  // namespace tr::modules::os_mod
