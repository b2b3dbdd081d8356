// The posix module, files and directories: the system calls lib/os.py
// builds os (stat, listdir, mkdir, rename, ...) on, and the module initialiser.
// Environment, processes and file descriptors are in os_process.cpp.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "modules/native_modules.h"
#include "modules/os_internal.h"

namespace tr::modules {
namespace os_mod {

// ---------------------------------------------------------------------------
// Arguments and errors

bool path_arg(const char* fname, Value v, Path* out, bool allow_fd) {
  out->object = v;
  if (allow_fd && is_int(v) && !v.is_bool()) {
    int64_t fd;
    if (!int_to_i64(v, &fd) || fd < INT32_MIN || fd > INT32_MAX) {
      raise(&exc::OverflowError, "fd is greater than maximum");
      return false;
    }
    out->fd = static_cast<int>(fd);
    return true;
  }
  Value p = v;
  if (!is_str(p) && !isinstance_of(p, &bytes_type)) {
    // os.PathLike: the class's __fspath__, as os.fspath() looks it up.
    Value method = type_lookup(type_of(v), str_intern("__fspath__"));
    if (!method.is_null()) {
      p = call_method(v, str_intern("__fspath__"), nullptr, 0);
      if (p.is_null()) return false;
      if (!is_str(p) && !isinstance_of(p, &bytes_type)) {
        raise(&exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
              type_name_of(v), type_name_of(p));
        return false;
      }
    } else {
      if (std::strcmp(fname, "listdir") == 0)
        raise(&exc::TypeError,
              "%s: path should be string, bytes, os.PathLike, integer or None, not %s", fname,
              type_name_of(v));
      else if (allow_fd)
        raise(&exc::TypeError, "%s: path should be string, bytes, os.PathLike or integer, not %s",
              fname, type_name_of(v));
      else
        raise(&exc::TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
              type_name_of(v));
      return false;
    }
  }
  if (is_str(p)) {
    out->bytes = std::string(p.as<Str>()->view());
  } else {
    out->bytes = std::string(p.as<Bytes>()->view());
    out->is_bytes = true;
  }
  if (out->bytes.find('\0') != std::string::npos) {
    raise(&exc::ValueError, "%s: embedded null character in path", fname);
    return false;
  }
  return true;
}

Value path_result(const std::string& s, bool as_bytes) {
  return as_bytes ? Value::object(bytes_new(s)) : str_value(s);
}

Value raise_errno(int err, Value filename, Value filename2) {
  Tuple* args;
  Value msg = str_value(std::strerror(err));
  if (filename.is_null())
    args = tuple_pack({Value::small_int(err), msg});
  else if (filename2.is_null())
    args = tuple_pack({Value::small_int(err), msg, filename});
  else
    args = tuple_pack({Value::small_int(err), msg, filename, Value::none(), filename2});
  Value e = exception_new(&exc::OSError, args);
  if (!e.is_null()) error_restore(e);
  return Value::null();
}

namespace {

// A C int from an int argument (mode bits, flags).
bool int_arg(Value v, int* out) {
  Value i = to_index(v);
  if (i.is_null()) return false;
  int64_t n;
  if (!int_to_i64(i, &n) || n > INT32_MAX || n < INT32_MIN) {
    raise(&exc::OverflowError, "signed integer is greater than maximum");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

// One path argument and nothing else (rmdir, unlink, chdir, readlink...).
bool one_path(const char* fname, const Value* args, size_t nargs, Tuple* kw, Path* p) {
  static const char* const kNames[] = {"path"};
  Value a[1];
  return parse_args(fname, args, nargs, kw, kNames, 1, 1, a) && path_arg(fname, a[0], p);
}

// ---------------------------------------------------------------------------
// Directories

Value f_getcwd(const Value*, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("getcwd", kw) || !check_nargs("getcwd", nargs, 0, 0)) return Value::null();
  std::vector<char> buf(4096);
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return raise_errno(errno);
    buf.resize(buf.size() * 2);
  }
  return str_value(buf.data());
}

Value f_getcwdb(const Value* args, size_t nargs, Tuple* kw) {
  Value s = f_getcwd(args, nargs, kw);
  if (s.is_null()) return s;
  return Value::object(bytes_new(s.as<Str>()->view()));
}

Value f_chdir(const Value* args, size_t nargs, Tuple* kw) {
  Path p;
  if (!one_path("chdir", args, nargs, kw, &p)) return Value::null();
  if (::chdir(p.bytes.c_str()) != 0) return raise_errno(errno, p.object);
  return Value::none();
}

// listdir(path='.'): names in the directory's own order, without . and ..
Value f_listdir(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path"};
  Value a[1];
  if (!parse_args("listdir", args, nargs, kw, kNames, 1, 0, a)) return Value::null();
  Path p;
  p.bytes = ".";
  if (!a[0].is_null() && !a[0].is_none() && !path_arg("listdir", a[0], &p, true))
    return Value::null();
  // A descriptor is duplicated because closedir() closes the one it owns.
  DIR* dir = p.fd >= 0 ? ::fdopendir(::dup(p.fd)) : ::opendir(p.bytes.c_str());
  if (!dir) return raise_errno(errno, a[0].is_null() || a[0].is_none() ? str_value(".") : p.object);
  List* out = list_new();
  errno = 0;
  while (dirent* e = ::readdir(dir)) {
    if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
    if (failed(list_append(out, path_result(e->d_name, p.is_bytes)))) {
      ::closedir(dir);
      return Value::null();
    }
  }
  ::closedir(dir);
  return Value::object(out);
}

// _scandir(path): (name, is_dir, is_file, is_symlink) per entry, from the
// directory entry's type when the file system reports it, else from lstat.
Value f_scandir(const Value* args, size_t nargs, Tuple* kw) {
  Path p;
  if (!one_path("scandir", args, nargs, kw, &p)) return Value::null();
  DIR* dir = ::opendir(p.bytes.c_str());
  if (!dir) return raise_errno(errno, p.object);
  List* out = list_new();
  while (dirent* e = ::readdir(dir)) {
    if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
    unsigned char type = e->d_type;
    bool is_link = type == DT_LNK, is_dir = type == DT_DIR, is_file = type == DT_REG;
    if (type == DT_UNKNOWN || is_link) {
      std::string full = p.bytes + "/" + e->d_name;
      struct stat st;
      if (::lstat(full.c_str(), &st) == 0) is_link = S_ISLNK(st.st_mode);
      if (::stat(full.c_str(), &st) == 0) {
        is_dir = S_ISDIR(st.st_mode);
        is_file = S_ISREG(st.st_mode);
      }
    }
    Tuple* t = tuple_pack({path_result(e->d_name, p.is_bytes), Value::boolean(is_dir),
                           Value::boolean(is_file), Value::boolean(is_link)});
    if (failed(list_append(out, Value::object(t)))) {
      ::closedir(dir);
      return Value::null();
    }
  }
  ::closedir(dir);
  return Value::object(out);
}

Value f_mkdir(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "mode", "dir_fd"};
  Value a[3];
  if (!parse_args("mkdir", args, nargs, kw, kNames, 3, 1, a)) return Value::null();
  Path p;
  int mode = 0777;
  if (!path_arg("mkdir", a[0], &p) || (!a[1].is_null() && !int_arg(a[1], &mode)))
    return Value::null();
  if (::mkdir(p.bytes.c_str(), static_cast<mode_t>(mode)) != 0) return raise_errno(errno, p.object);
  return Value::none();
}

template <int (*Call)(const char*)>
Value path_call(const char* fname, const Value* args, size_t nargs, Tuple* kw) {
  Path p;
  if (!one_path(fname, args, nargs, kw, &p)) return Value::null();
  if (Call(p.bytes.c_str()) != 0) return raise_errno(errno, p.object);
  return Value::none();
}
Value f_rmdir(const Value* a, size_t n, Tuple* k) { return path_call<::rmdir>("rmdir", a, n, k); }
Value f_unlink(const Value* a, size_t n, Tuple* k) { return path_call<::unlink>("unlink", a, n, k); }
Value f_remove(const Value* a, size_t n, Tuple* k) { return path_call<::unlink>("remove", a, n, k); }

// rename/replace/link/symlink: two paths, both named in the error.
template <int (*Call)(const char*, const char*)>
Value two_path_call(const char* fname, const char* n1, const char* n2, const Value* args,
                    size_t nargs, Tuple* kw) {
  const char* const names[] = {n1, n2, "src_dir_fd", "dst_dir_fd"};
  Value a[4];
  if (!parse_args(fname, args, nargs, kw, names, 4, 2, a)) return Value::null();
  Path p1, p2;
  if (!path_arg(fname, a[0], &p1) || !path_arg(fname, a[1], &p2)) return Value::null();
  if (p1.is_bytes != p2.is_bytes)
    return raise(&exc::TypeError, "%s: src and dst must be the same type", fname);
  if (Call(p1.bytes.c_str(), p2.bytes.c_str()) != 0) return raise_errno(errno, p1.object, p2.object);
  return Value::none();
}
Value f_rename(const Value* a, size_t n, Tuple* k) {
  return two_path_call<::rename>("rename", "src", "dst", a, n, k);
}
Value f_replace(const Value* a, size_t n, Tuple* k) {
  return two_path_call<::rename>("replace", "src", "dst", a, n, k);
}
Value f_link(const Value* a, size_t n, Tuple* k) {
  return two_path_call<::link>("link", "src", "dst", a, n, k);
}
Value f_symlink(const Value* a, size_t n, Tuple* k) {
  return two_path_call<::symlink>("symlink", "src", "dst", a, n, k);
}

Value f_readlink(const Value* args, size_t nargs, Tuple* kw) {
  Path p;
  if (!one_path("readlink", args, nargs, kw, &p)) return Value::null();
  std::vector<char> buf(4096);
  ssize_t n = ::readlink(p.bytes.c_str(), buf.data(), buf.size());
  if (n < 0) return raise_errno(errno, p.object);
  return path_result(std::string(buf.data(), static_cast<size_t>(n)), p.is_bytes);
}

// ---------------------------------------------------------------------------
// stat and friends

// The raw fields lib/os.py turns into os.stat_result: mode, ino, dev, nlink,
// uid, gid, size, the three times as float seconds, then as int nanoseconds,
// blksize, blocks, rdev.
Value stat_tuple(const struct stat& st) {
  auto secs = [](const timespec& t) {
    return Value::from_double(static_cast<double>(t.tv_sec) + t.tv_nsec * 1e-9);
  };
  auto nanos = [](const timespec& t) {
    mpz_t z;
    mpz_init_set_si(z, t.tv_sec);
    mpz_mul_ui(z, z, 1000000000u);
    mpz_add_ui(z, z, static_cast<unsigned long>(t.tv_nsec));
    Value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
  };
  return Value::object(tuple_pack({
      int_from_u64(st.st_mode), int_from_u64(st.st_ino), int_from_u64(st.st_dev),
      int_from_u64(st.st_nlink), int_from_u64(st.st_uid), int_from_u64(st.st_gid),
      int_from_i64(st.st_size), secs(st.st_atim), secs(st.st_mtim), secs(st.st_ctim),
      nanos(st.st_atim), nanos(st.st_mtim), nanos(st.st_ctim), int_from_i64(st.st_blksize),
      int_from_i64(st.st_blocks), int_from_u64(st.st_rdev)}));
}

Value do_stat(const char* fname, const Value* args, size_t nargs, Tuple* kw, bool follow) {
  static const char* const kNames[] = {"path", "dir_fd", "follow_symlinks"};
  Value a[3];
  if (!parse_args(fname, args, nargs, kw, kNames, 3, 1, a)) return Value::null();
  if (!a[2].is_null()) {
    int t = truthy(a[2]);
    if (t < 0) return Value::null();
    follow = follow && t;
  }
  Path p;
  if (!path_arg(fname, a[0], &p, true)) return Value::null();
  struct stat st;
  int rc = p.fd >= 0 ? ::fstat(p.fd, &st)
                     : (follow ? ::stat(p.bytes.c_str(), &st) : ::lstat(p.bytes.c_str(), &st));
  if (rc != 0) return raise_errno(errno, p.fd >= 0 ? Value::null() : p.object);
  return stat_tuple(st);
}
Value f_stat(const Value* a, size_t n, Tuple* k) { return do_stat("stat", a, n, k, true); }
Value f_lstat(const Value* a, size_t n, Tuple* k) { return do_stat("lstat", a, n, k, false); }

Value f_fstat(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"fd"};
  Value a[1];
  int fd;
  if (!parse_args("fstat", args, nargs, kw, kNames, 1, 1, a) || !int_arg(a[0], &fd))
    return Value::null();
  struct stat st;
  if (::fstat(fd, &st) != 0) return raise_errno(errno);
  return stat_tuple(st);
}

Value f_access(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "mode", "dir_fd", "effective_ids",
                                       "follow_symlinks"};
  Value a[5];
  Path p;
  int mode;
  if (!parse_args("access", args, nargs, kw, kNames, 5, 2, a) || !path_arg("access", a[0], &p) ||
      !int_arg(a[1], &mode))
    return Value::null();
  return Value::boolean(::access(p.bytes.c_str(), mode) == 0);
}

Value f_chmod(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "mode", "dir_fd", "follow_symlinks"};
  Value a[4];
  Path p;
  int mode;
  if (!parse_args("chmod", args, nargs, kw, kNames, 4, 2, a) || !path_arg("chmod", a[0], &p) ||
      !int_arg(a[1], &mode))
    return Value::null();
  if (::chmod(p.bytes.c_str(), static_cast<mode_t>(mode)) != 0) return raise_errno(errno, p.object);
  return Value::none();
}

Value f_truncate(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "length"};
  Value a[2];
  Path p;
  int64_t len;
  if (!parse_args("truncate", args, nargs, kw, kNames, 2, 2, a) ||
      !path_arg("truncate", a[0], &p, true) || !to_ssize(a[1], &len))
    return Value::null();
  int rc = p.fd >= 0 ? ::ftruncate(p.fd, len) : ::truncate(p.bytes.c_str(), len);
  if (rc != 0) return raise_errno(errno, p.fd >= 0 ? Value::null() : p.object);
  return Value::none();
}

// utime(path, times=None, *, ns=None): times as (atime, mtime) seconds or
// ns as (atime_ns, mtime_ns); neither means now.
Value f_utime(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
  Value a[5];
  Path p;
  if (!parse_args("utime", args, nargs, kw, kNames, 5, 1, a) || !path_arg("utime", a[0], &p))
    return Value::null();
  timespec ts[2];
  timespec* tsp = nullptr;
  bool has_times = !a[1].is_null() && !a[1].is_none(), has_ns = !a[2].is_null();
  if (has_times && has_ns)
    return raise(&exc::ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  if (has_times || has_ns) {
    Value t = has_times ? a[1] : a[2];
    if (!is_tuple(t) || t.as<Tuple>()->size_ != 2)
      return raise(&exc::TypeError, "utime: '%s' must be a tuple of two %s",
                   has_times ? "times" : "ns", has_times ? "ints" : "ints");
    for (int i = 0; i < 2; ++i) {
      Value item = t.as<Tuple>()->items_[i];
      if (has_ns) {
        int64_t ns;
        if (!to_ssize(item, &ns)) return Value::null();
        ts[i].tv_sec = ns / 1000000000;
        ts[i].tv_nsec = ns % 1000000000;
        if (ts[i].tv_nsec < 0) ts[i].tv_nsec += 1000000000, --ts[i].tv_sec;
      } else {
        double d;
        if (!to_double(item, &d)) return Value::null();
        double whole = static_cast<double>(static_cast<int64_t>(d));
        if (whole > d) whole -= 1;
        ts[i].tv_sec = static_cast<time_t>(whole);
        ts[i].tv_nsec = static_cast<long>((d - whole) * 1e9);
      }
    }
    tsp = ts;
  }
  if (::utimensat(AT_FDCWD, p.bytes.c_str(), tsp, 0) != 0) return raise_errno(errno, p.object);
  return Value::none();
}

}  // namespace

void add_fs_functions(Dict* d) {
  add_function(d, "getcwd", f_getcwd);
  add_function(d, "getcwdb", f_getcwdb);
  add_function(d, "chdir", f_chdir);
  add_function(d, "listdir", f_listdir);
  add_function(d, "_scandir", f_scandir);
  add_function(d, "mkdir", f_mkdir);
  add_function(d, "rmdir", f_rmdir);
  add_function(d, "unlink", f_unlink);
  add_function(d, "remove", f_remove);
  add_function(d, "rename", f_rename);
  add_function(d, "replace", f_replace);
  add_function(d, "link", f_link);
  add_function(d, "symlink", f_symlink);
  add_function(d, "readlink", f_readlink);
  add_function(d, "stat", f_stat);
  add_function(d, "lstat", f_lstat);
  add_function(d, "fstat", f_fstat);
  add_function(d, "access", f_access);
  add_function(d, "chmod", f_chmod);
  add_function(d, "truncate", f_truncate);
  add_function(d, "utime", f_utime);
}

}  // namespace os_mod

Status posix_module_init(Module* m) {
  using namespace os_mod;
  Dict* d = m->dict_;
  add_fs_functions(d);
  add_process_functions(d);
  struct IntConst {
    const char* name;
    long value;
  };
  static const IntConst kConsts[] = {
      {"F_OK", F_OK},         {"R_OK", R_OK},         {"W_OK", W_OK},
      {"X_OK", X_OK},         {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},     {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},
      {"O_TRUNC", O_TRUNC},   {"O_APPEND", O_APPEND}, {"O_NONBLOCK", O_NONBLOCK},
      {"O_CLOEXEC", O_CLOEXEC}, {"O_NOCTTY", O_NOCTTY}, {"O_SYNC", O_SYNC},
      {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
      {"EX_OK", 0},
  };
  for (const IntConst& c : kConsts)
    if (failed(dict_set_str(d, str_intern(c.name), Value::small_int(c.value))))
      return Status::Error;
  return Status::Ok;
}

}  // namespace tr::modules
