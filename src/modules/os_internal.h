// Internal to the posix module (os_*.cpp), the native half of lib/os.py:
// path arguments the way CPython's path_t converts them, and OSError raising.
#pragma once
#include <string>

#include "objects/objects.h"

namespace tr::modules::os_mod {

// A path argument: str, bytes or an os.PathLike whose __fspath__ gives one.
struct Path {
  std::string bytes;         // the path as the OS sees it (UTF-8 for str)
  Value object;              // what the caller passed (for error messages)
  bool is_bytes = false;     // results (listdir, readlink) come back as bytes
  int fd = -1;               // an int argument, when the function allows one
};

// Converts `v` for function `fname`; allow_fd accepts an int file
// descriptor. False with TypeError ("stat: path should be string, bytes or
// os.PathLike, not int") pending.
bool path_arg(const char* fname, Value v, Path* out, bool allow_fd = false);

// A str (or bytes when `as_bytes`) result holding `s`.
Value path_result(const std::string& s, bool as_bytes);

// Raises OSError (or its errno subclass) from `err`, naming one or two files.
Value raise_errno(int err, Value filename = Value::null(), Value filename2 = Value::null());

// Registration of each file's functions into the module dict.
void add_fs_functions(Dict* d);       // os_module.cpp: files and directories
void add_process_functions(Dict* d);  // os_process.cpp: env, pids, fds, urandom

}  // namespace tr::modules::os_mod
