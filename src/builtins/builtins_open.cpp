// open(): CPython's mode-string rules, the file opened with open(2), and a
// text or binary stream (stdio.h) around the descriptor.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <string>

#include "builtins/builtins_internal.h"
#include "builtins/stdio.h"

namespace tr {
namespace {

struct Mode {
  bool read = false, write = false, append = false, create = false, plus = false;
  bool binary = false, text = false;
};

// Validates `mode` with CPython's messages.
bool parse_mode(Str* mode, Mode* m) {
  std::string_view s = mode->view();
  std::string seen;
  for (char c : s) {
    if (std::string_view("rwxabt+U").find(c) == std::string_view::npos ||
        seen.find(c) != std::string::npos) {
      raise(&exc::ValueError, "invalid mode: '%s'", mode->data_);
      return false;
    }
    seen += c;
    switch (c) {
      case 'r':
        m->read = true;
        break;
      case 'w':
        m->write = true;
        break;
      case 'a':
        m->append = true;
        break;
      case 'x':
        m->create = true;
        break;
      case '+':
        m->plus = true;
        break;
      case 'b':
        m->binary = true;
        break;
      case 't':
        m->text = true;
        break;
      default:
        break;  // 'U': accepted and ignored, as in 3.11
    }
  }
  int kinds = m->read + m->write + m->append + m->create;
  if (m->text && m->binary) {
    raise(&exc::ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (kinds > 1) {
    raise(&exc::ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (kinds == 0) {
    raise(&exc::ValueError,
          "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  return true;
}

// Encodings we can honour: all are read and written as UTF-8 (ASCII is a
// subset; "locale" is UTF-8 on every system we run on).
bool known_encoding(std::string_view e) {
  std::string n;
  for (char c : e) n += c == '_' ? '-' : static_cast<char>(std::tolower(c));
  return n == "utf-8" || n == "utf8" || n == "ascii" || n == "us-ascii" || n == "locale" ||
         n == "utf-8-sig" || n == "u8";
}

Value builtin_open(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"file",   "mode",    "buffering", "encoding",
                                       "errors", "newline", "closefd",   "opener"};
  Value a[8];
  if (!parse_args("open", args, nargs, kw, kNames, 8, 1, a)) return Value::null();
  Value file = a[0];
  Str* mode_str = str_intern("r");
  if (!a[1].is_null()) {
    if (!is_str(a[1]))
      return raise(&exc::TypeError, "open() argument 'mode' must be str, not %s",
                   type_name_of(a[1]));
    mode_str = a[1].as<Str>();
  }
  Mode m;
  if (!parse_mode(mode_str, &m)) return Value::null();
  Value encoding = a[3].is_null() ? Value::none() : a[3];
  Value newline = a[5].is_null() ? Value::none() : a[5];
  if (m.binary && !encoding.is_none())
    return raise(&exc::ValueError, "binary mode doesn't take an encoding argument");
  if (m.binary && !(a[4].is_null() || a[4].is_none()))
    return raise(&exc::ValueError, "binary mode doesn't take an errors argument");
  if (m.binary && !newline.is_none())
    return raise(&exc::ValueError, "binary mode doesn't take a newline argument");
  if (!encoding.is_none()) {
    if (!is_str(encoding))
      return raise(&exc::TypeError, "open() argument 'encoding' must be str or None, not %s",
                   type_name_of(encoding));
    if (!known_encoding(encoding.as<Str>()->view()))
      return raise(&exc::LookupError, "unknown encoding: %s", encoding.as<Str>()->data_);
  }
  if (!newline.is_none()) {
    if (!is_str(newline))
      return raise(&exc::TypeError, "open() argument 'newline' must be str or None, not %s",
                   type_name_of(newline));
    std::string_view nl = newline.as<Str>()->view();
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
      return raise(&exc::ValueError, "illegal newline value: %s", newline.as<Str>()->data_);
  }

  int flags = O_CLOEXEC;
  if (m.plus)
    flags |= O_RDWR;
  else if (m.read)
    flags |= O_RDONLY;
  else
    flags |= O_WRONLY;
  if (m.write) flags |= O_CREAT | O_TRUNC;
  if (m.append) flags |= O_CREAT | O_APPEND;
  if (m.create) flags |= O_CREAT | O_EXCL;

  int fd;
  bool owns = true;
  if (is_int(file) && !file.is_bool()) {
    int64_t n;
    if (!int_to_i64(file, &n) || n < 0 || n > INT32_MAX)
      return raise(&exc::ValueError, "negative file descriptor");
    fd = static_cast<int>(n);
    if (!a[6].is_null()) {
      int c = truthy(a[6]);
      if (c < 0) return Value::null();
      owns = c != 0;
    }
  } else {
    std::string path;
    if (is_str(file))
      path = file.as<Str>()->view();
    else if (isinstance_of(file, &bytes_type))
      path = file.as<Bytes>()->view();
    else
      return raise(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s",
                   type_name_of(file));
    do {
      fd = ::open(path.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_os_error(errno, file);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return raise_os_error(EISDIR, file);
    }
  }
  bool readable = m.read || m.plus;
  bool writable = !m.read || m.plus;
  TextStream* s = text_stream_new(fd, file, mode_str, readable, writable, owns);
  s->line_buffered_ = false;
  if (m.binary) {
    s->binary_ = true;
    s->cls_ =
        m.plus ? &buffered_random_type : (m.read ? &buffered_reader_type : &buffered_writer_type);
  } else {
    s->universal_newlines_ = newline.is_none();
    s->line_buffered_ = writable && ::isatty(fd);
    s->encoding_ = encoding.is_none() ? str_intern("UTF-8") : encoding.as<Str>();
  }
  if (m.append) ::lseek(fd, 0, SEEK_END);
  return Value::object(s);
}

}  // namespace

void add_open_builtin(Dict* d) {
  add_function(d, "open", builtin_open);
}

}  // namespace tr
