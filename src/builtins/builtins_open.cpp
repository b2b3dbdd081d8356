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

// The codec for an encoding name (CPython's normalisation: case and '_'
// versus '-' do not matter), or -1 when we cannot honour it. "locale" is
// UTF-8 on every system we run on.
int codec_for(std::string_view e) {
  std::string n;
  for (char c : e) n += c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  if (n == "utf-8" || n == "utf8" || n == "locale" || n == "utf-8-sig" || n == "u8" ||
      n == "utf")
    return kCodecUtf8;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "8859" ||
      n == "cp819" || n == "l1" || n == "latin" || n == "iso-ir-100")
    return kCodecLatin1;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return kCodecAscii;
  return -1;
}

// Checks open()'s encoding and newline arguments (None allowed) with its
// messages; `fname` names the caller in TypeErrors.
bool check_text_args(const char* fname, Value encoding, Value newline) {
  if (!encoding.is_none()) {
    if (!is_str(encoding)) {
      raise(&exc::TypeError, "%s argument 'encoding' must be str or None, not %s", fname,
            type_name_of(encoding));
      return false;
    }
    if (codec_for(encoding.as<Str>()->view()) < 0) {
      raise(&exc::LookupError, "unknown encoding: %s", encoding.as<Str>()->data_);
      return false;
    }
  }
  if (!newline.is_none()) {
    if (!is_str(newline)) {
      raise(&exc::TypeError, "%s argument 'newline' must be str or None, not %s", fname,
            type_name_of(newline));
      return false;
    }
    std::string_view nl = newline.as<Str>()->view();
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") {
      raise(&exc::ValueError, "illegal newline value: %s", newline.as<Str>()->data_);
      return false;
    }
  }
  return true;
}

// Applies checked encoding/newline arguments to a text stream.
void configure_text(TextStream* s, Value encoding, Value newline) {
  s->universal_newlines_ = newline.is_none();
  s->newline_ = kNewlineDefault;
  if (!newline.is_none()) {
    std::string_view nl = newline.as<Str>()->view();
    s->newline_ = nl.empty()      ? kNewlineAny
                  : nl == "\r"   ? kNewlineCR
                  : nl == "\r\n" ? kNewlineCRLF
                                  : kNewlineDefault;
  }
  if (!encoding.is_none()) {
    s->codec_ = static_cast<uint8_t>(codec_for(encoding.as<Str>()->view()));
    s->encoding_ = encoding.as<Str>();
  } else {
    s->codec_ = kCodecUtf8;
    s->encoding_ = str_intern("UTF-8");
  }
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
  if (!check_text_args("open()", encoding, newline)) return Value::null();

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
    Value p = file;
    if (!is_str(p) && !isinstance_of(p, &bytes_type) &&
        !type_lookup(type_of(p), str_intern("__fspath__")).is_null()) {
      // os.PathLike (pathlib paths, DirEntry): the name is what __fspath__ gives.
      p = call_method(file, str_intern("__fspath__"), nullptr, 0);
      if (p.is_null()) return p;
      if (!is_str(p) && !isinstance_of(p, &bytes_type))
        return raise(&exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                     type_name_of(file), type_name_of(p));
    }
    if (is_str(p))
      path = p.as<Str>()->view();
    else if (isinstance_of(p, &bytes_type))
      path = p.as<Bytes>()->view();
    else
      return raise(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s",
                   type_name_of(file));
    if (path.find('\0') != std::string::npos)
      return raise(&exc::ValueError, "embedded null byte");
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
    configure_text(s, encoding, newline);
    s->line_buffered_ = writable && ::isatty(fd);
  }
  if (m.append) ::lseek(fd, 0, SEEK_END);
  return Value::object(s);
}

// ---------------------------------------------------------------------------
// Methods open()'s streams add to the stdio types: writelines, truncate.

Value stream_writelines(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("writelines", kw) || !check_nargs("writelines", nargs - 1, 1, 1))
    return Value::null();
  if (stream_target(args[0])->closed_)
    return raise(&exc::ValueError, "I/O operation on closed file.");
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) return line;
    if (line.is_exhausted()) break;
    if (call_method(args[0], str_intern("write"), &line, 1).is_null()) return Value::null();
  }
  return Value::none();
}

// truncate(size=None): cuts (or extends) the file to `size` bytes, default
// the current position, which stays where it was.
Value stream_truncate(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("truncate", kw) || !check_nargs("truncate", nargs - 1, 0, 1))
    return Value::null();
  TextStream* s = stream_target(args[0]);
  if (s->closed_) return raise(&exc::ValueError, "I/O operation on closed file.");
  if (!s->writable_) return raise(&unsupported_operation_type, s->binary_ ? "truncate" : "not writable");
  if (failed(text_stream_flush(s))) return Value::null();
  stream_drop_input(s);
  int64_t size;
  if (nargs > 1 && !args[1].is_none()) {
    if (!to_ssize(args[1], &size)) return Value::null();
    if (size < 0) return raise_os_error(EINVAL);
  } else {
    off_t pos = ::lseek(s->fd_, 0, SEEK_CUR);
    if (pos < 0) return raise_os_error(errno);
    size = pos;
  }
  if (::ftruncate(s->fd_, size) != 0) return raise_os_error(errno);
  return int_from_i64(size);
}

// reconfigure(*, encoding=None, errors=None, newline=None,
// line_buffering=None, write_through=None): changes a text stream's
// settings after flushing what was written under the old ones.
Value stream_reconfigure(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"encoding", "errors", "newline", "line_buffering",
                                       "write_through"};
  Value a[5];
  if (nargs > 1)
    return raise(&exc::TypeError, "reconfigure() takes no positional arguments");
  if (!parse_args("reconfigure", args + 1, 0, kw, kNames, 5, 0, a)) return Value::null();
  TextStream* s = args[0].as<TextStream>();
  if (s->closed_) return raise(&exc::ValueError, "I/O operation on closed file.");
  Value encoding = a[0].is_null() ? Value::none() : a[0];
  Value newline = a[2].is_null() ? Value::none() : a[2];
  if (!check_text_args("reconfigure()", encoding, newline)) return Value::null();
  if (s->writable_ && failed(text_stream_flush(s))) return Value::null();
  if (!encoding.is_none()) {
    s->codec_ = static_cast<uint8_t>(codec_for(encoding.as<Str>()->view()));
    s->encoding_ = encoding.as<Str>();
  }
  if (!a[2].is_null()) {
    Value enc = Value::object(s->encoding_);
    uint8_t codec = s->codec_;
    configure_text(s, Value::none(), newline);
    s->encoding_ = enc.as<Str>();
    s->codec_ = codec;
  }
  for (int i = 3; i < 5; ++i) {
    if (a[i].is_null() || a[i].is_none()) continue;
    int on = truthy(a[i]);
    if (on < 0) return Value::null();
    (i == 3 ? s->line_buffered_ : s->write_through_) = on != 0;
  }
  return Value::none();
}

// ---------------------------------------------------------------------------
// Codecs for text files: Latin-1 and ASCII besides UTF-8, and newline
// translation on output.

const char* codec_name(uint8_t codec) {
  return codec == kCodecLatin1 ? "latin-1" : codec == kCodecAscii ? "ascii" : "utf-8";
}

// Decodes one UTF-8 (WTF-8) sequence at p[i], advancing i.
uint32_t next_code_point(const char* p, size_t* i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(p[k]); };
  uint32_t c = b(*i);
  if (c < 0x80) {
    *i += 1;
    return c;
  }
  if (c < 0xE0) {
    c = ((c & 0x1F) << 6) | (b(*i + 1) & 0x3F);
    *i += 2;
  } else if (c < 0xF0) {
    c = ((c & 0x0F) << 12) | ((b(*i + 1) & 0x3F) << 6) | (b(*i + 2) & 0x3F);
    *i += 3;
  } else {
    c = ((c & 0x07) << 18) | ((b(*i + 1) & 0x3F) << 12) | ((b(*i + 2) & 0x3F) << 6) |
        (b(*i + 3) & 0x3F);
    *i += 4;
  }
  return c;
}

bool is_surrogate(uint32_t c) {
  return c >= 0xD800 && c <= 0xDFFF;
}

void append_utf8(std::string* out, uint32_t c) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

bool text_stream_encode(TextStream* s, Str* text, std::string* out) {
  const char* newline = s->newline_ == kNewlineCR ? "\r" : s->newline_ == kNewlineCRLF ? "\r\n" : "\n";
  uint32_t limit = s->codec_ == kCodecLatin1 ? 0x100 : s->codec_ == kCodecAscii ? 0x80 : 0x110000;
  out->reserve(text->size_);
  size_t i = 0;
  int64_t index = 0;  // code points before i
  while (i < text->size_) {
    size_t at = i;
    uint32_t c = next_code_point(text->data_, &i);
    if (c == '\n') {
      *out += newline;
    } else if (c < limit && !is_surrogate(c)) {
      if (s->codec_ == kCodecUtf8)
        out->append(text->data_ + at, i - at);
      else
        *out += static_cast<char>(c);
    } else {
      // CPython reports the whole run of characters the codec cannot take.
      int64_t end = index + 1;
      for (size_t j = i; j < text->size_; ++end) {
        uint32_t d = next_code_point(text->data_, &j);
        if (d < limit && !is_surrogate(d)) break;
      }
      const char* reason = s->codec_ == kCodecUtf8     ? "surrogates not allowed"
                           : s->codec_ == kCodecLatin1 ? "ordinal not in range(256)"
                                                       : "ordinal not in range(128)";
      Value e = exception_new(&exc::UnicodeEncodeError,
                              tuple_pack({str_value(codec_name(s->codec_)), Value::object(text),
                                          int_from_i64(index), int_from_i64(end),
                                          str_value(reason)}));
      if (!e.is_null()) error_restore(e);
      return false;
    }
    ++index;
  }
  return true;
}

Value text_stream_decode(TextStream* s, std::string bytes) {
  if (s->newline_ == kNewlineDefault && s->universal_newlines_ &&
      bytes.find('\r') != std::string::npos) {
    std::string t;
    t.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] != '\r') {
        t += bytes[i];
        continue;
      }
      t += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    }
    bytes.swap(t);
  }
  if (s->codec_ == kCodecLatin1) {
    std::string t;
    t.reserve(bytes.size());
    for (char c : bytes) append_utf8(&t, static_cast<unsigned char>(c));
    return str_value(t);
  }
  if (s->codec_ == kCodecAscii) {
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (static_cast<unsigned char>(bytes[i]) < 0x80) continue;
      Value e = exception_new(
          &exc::UnicodeDecodeError,
          tuple_pack({str_value("ascii"), Value::object(bytes_new(bytes)),
                      int_from_i64(static_cast<int64_t>(i)),
                      int_from_i64(static_cast<int64_t>(i + 1)),
                      str_value("ordinal not in range(128)")}));
      if (!e.is_null()) error_restore(e);
      return Value::null();
    }
    return str_value(bytes);
  }
  // UTF-8 with a non-default newline: validate through str(bytes, 'utf-8').
  Value b = Value::object(bytes_new(bytes));
  Value args[] = {str_value("utf-8")};
  return call_method(b, str_intern("decode"), args, 1);
}

Value text_stream_wrap(Value buffer, Value encoding, Value newline, Value line_buffering,
                       Value write_through) {
  if (encoding.is_null()) encoding = Value::none();
  if (newline.is_null()) newline = Value::none();
  if (!check_text_args("TextIOWrapper()", encoding, newline)) return Value::null();
  TextStream* b = stream_target(buffer);
  if (b->closed_) return raise(&exc::ValueError, "I/O operation on closed file.");
  // What was buffered for the descriptor so far goes out first.
  if (b->writable_ && failed(text_stream_flush(b))) return Value::null();
  TextStream* s = text_stream_new(b->fd_, b->name_, str_intern(b->readable_ ? "r" : "w"),
                                  b->readable_, b->writable_, false);
  configure_text(s, encoding, newline);
  if (!line_buffering.is_null() && !line_buffering.is_none()) {
    int on = truthy(line_buffering);
    if (on < 0) return Value::null();
    s->line_buffered_ = on != 0;
  }
  if (!write_through.is_null() && !write_through.is_none()) {
    int on = truthy(write_through);
    if (on < 0) return Value::null();
    s->write_through_ = on != 0;
  }
  return Value::object(s);
}

void add_open_builtin(Dict* d) {
  add_function(d, "open", builtin_open);
  (void)stdio_raw_stdout();  // readies the stream types
  static const MethodDef kFileMethods[] = {
      {"writelines", stream_writelines, 0},
      {"truncate", stream_truncate, 0},
  };
  for (Type* t : {&text_stream_type, &buffered_reader_type, &buffered_writer_type,
                  &buffered_random_type})
    add_methods(t, kFileMethods);
  static const MethodDef kTextMethods[] = {{"reconfigure", stream_reconfigure, 0}};
  add_methods(&text_stream_type, kTextMethods);
}

}  // namespace tr
