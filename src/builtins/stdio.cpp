// Streams' output side, the members every stream type shares, the text
// stream type, and the standard streams: creation on first use, the
// sys.stdout lookup, flushing at exit. (Reading is stdio_read.cpp; the
// binary types are stream_binary.cpp.)
#include "builtins/stdio.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/iterators.h"

namespace tr {

Type text_stream_type;
Type unsupported_operation_type;

namespace {

constexpr size_t kBufferSize = 8192;

Value g_stdin, g_stdout, g_stderr;  // the original streams
Dict* g_sys_dict = nullptr;

void scan_stdio(Tracer& t, void*) {
  t.visit(g_stdin);
  t.visit(g_stdout);
  t.visit(g_stderr);
  t.visit(g_sys_dict);
}

void trace_stream(Object* o, Tracer& t) {
  auto* s = static_cast<TextStream*>(o);
  t.visit(s->name_);
  t.visit(s->mode_);
  t.visit(s->encoding_);
  t.visit(s->link_);
}

// Writes out the buffer without raising: finalizers run inside a collection,
// where allocating an exception is not allowed.
void flush_quietly(TextStream* s) {
  size_t done = 0;
  while (done < s->out_len_) {
    ssize_t n = ::write(s->fd_, s->out_ + done, s->out_len_ - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  s->out_len_ = 0;
}

// An unreachable open file is flushed and closed, as CPython's finalizer does.
void finalize_stream(Object* o) {
  auto* s = static_cast<TextStream*>(o);
  if (s->writable_ && !s->closed_) flush_quietly(s);
  if (s->owns_fd_ && !s->closed_) ::close(s->fd_);
  std::free(s->out_);
  std::free(s->in_);
  s->out_ = s->in_ = nullptr;
}

TextStream* self_stream(const Value* args) {
  return stream_target(args[0]);
}

Value raise_closed() {
  return raise(&exc::ValueError, "I/O operation on closed file.");
}

// WTF-8 text may hold lone surrogates (ED A0..BF xx), which UTF-8 output
// cannot encode. Returns the code-point index of the first, or -1.
int64_t find_surrogate(Str* s) {
  if (s->is_ascii()) return -1;
  int64_t cp = 0;
  for (size_t i = 0; i < s->size_; ++i) {
    unsigned char c = static_cast<unsigned char>(s->data_[i]);
    if ((c & 0xC0) == 0x80) continue;
    if (c == 0xED && i + 1 < s->size_ && static_cast<unsigned char>(s->data_[i + 1]) >= 0xA0)
      return cp;
    ++cp;
  }
  return -1;
}

bool ensure_room(TextStream* s, size_t extra) {
  if (s->out_len_ + extra <= s->out_cap_) return true;
  size_t cap = s->out_cap_ ? s->out_cap_ : kBufferSize;
  while (cap < s->out_len_ + extra) cap *= 2;
  char* p = static_cast<char*>(std::realloc(s->out_, cap));
  if (!p) return false;
  s->out_ = p;
  s->out_cap_ = cap;
  return true;
}

}  // namespace

Value raise_os_error(int err, Value filename) {
  Tuple* args = filename.is_null()
                    ? tuple_pack({Value::small_int(err), str_value(std::strerror(err))})
                    : tuple_pack({Value::small_int(err), str_value(std::strerror(err)), filename});
  Value e = exception_new(&exc::OSError, args);
  if (!e.is_null()) error_restore(e);
  return Value::null();
}

// ---------------------------------------------------------------------------
// Writing

Status text_stream_flush(TextStream* s) {
  size_t done = 0;
  while (done < s->out_len_) {
    ssize_t n = ::write(s->fd_, s->out_ + done, s->out_len_ - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      s->out_len_ = 0;  // drop what cannot be written rather than retry forever
      raise_os_error(err);
      return Status::Error;
    }
    done += static_cast<size_t>(n);
  }
  s->out_len_ = 0;
  return Status::Ok;
}

void stream_drop_input(TextStream* s) {
  size_t unread = s->in_len_ - s->in_pos_;
  if (unread) ::lseek(s->fd_, -static_cast<off_t>(unread), SEEK_CUR);
  s->in_pos_ = s->in_len_ = 0;
  s->eof_ = false;
}

Status stream_write_bytes(TextStream* s, std::string_view text) {
  if (s->closed_) return raise_closed(), Status::Error;
  if (s->in_len_) stream_drop_input(s);
  // Keep stdout's output ahead of what stderr says after it.
  if (s->write_through_ && g_stdout.is_object() && g_stdout.as<TextStream>() != s) {
    auto* out = g_stdout.as<TextStream>();
    if (out->out_len_ && failed(text_stream_flush(out))) error_clear();
  }
  if (!ensure_room(s, text.size())) return raise_memory_error(), Status::Error;
  std::memcpy(s->out_ + s->out_len_, text.data(), text.size());
  s->out_len_ += text.size();
  if (s->write_through_ || s->out_len_ >= kBufferSize ||
      (s->line_buffered_ && text.find('\n') != std::string_view::npos))
    return text_stream_flush(s);
  return Status::Ok;
}

namespace {

Status write_str(TextStream* s, Str* text) {
  if (s->codec_ != kCodecUtf8 || s->newline_ >= kNewlineCR) {
    std::string bytes;
    if (!text_stream_encode(s, text, &bytes)) return Status::Error;
    return stream_write_bytes(s, bytes);
  }
  int64_t bad = find_surrogate(text);
  if (bad >= 0) {
    Value e =
        exception_new(&exc::UnicodeEncodeError,
                      tuple_pack({str_value("utf-8"), Value::object(text), int_from_i64(bad),
                                  int_from_i64(bad + 1), str_value("surrogates not allowed")}));
    if (!e.is_null()) error_restore(e);
    return Status::Error;
  }
  return stream_write_bytes(s, text->view());
}

// ---------------------------------------------------------------------------
// Methods every stream has

Value ts_flush(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  if (s->writable_ && failed(text_stream_flush(s))) return Value::null();
  return Value::none();
}

Value ts_close(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return Value::none();
  Status st = s->writable_ ? text_stream_flush(s) : Status::Ok;
  s->closed_ = true;
  if (s->owns_fd_) ::close(s->fd_);
  return failed(st) ? Value::null() : Value::none();
}

Value ts_fileno(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  return Value::small_int(s->fd_);
}

Value ts_isatty(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  return Value::boolean(::isatty(s->fd_));
}

Value ts_readable(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  return Value::boolean(s->readable_);
}
Value ts_writable(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  return Value::boolean(s->writable_);
}
Value ts_seekable(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  return Value::boolean(::lseek(s->fd_, 0, SEEK_CUR) >= 0);
}

Value ts_tell(const Value* args, size_t, Tuple*) {
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  off_t pos = ::lseek(s->fd_, 0, SEEK_CUR);
  if (pos < 0) return raise_os_error(errno);
  pos += static_cast<off_t>(s->out_len_) - static_cast<off_t>(s->in_len_ - s->in_pos_);
  return int_from_i64(pos);
}

Value ts_seek(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("seek", kw) || !check_nargs("seek", nargs - 1, 1, 2)) return Value::null();
  TextStream* s = self_stream(args);
  if (s->closed_) return raise_closed();
  int64_t offset, whence = 0;
  if (!to_ssize(args[1], &offset) || (nargs > 2 && !to_ssize(args[2], &whence)))
    return Value::null();
  if (whence < 0 || whence > 2)
    return raise(&exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                 static_cast<long long>(whence));
  if (!s->binary_ && whence != 0 && offset != 0)
    return raise(&exc::OSError, whence == 1 ? "can't do nonzero cur-relative seeks"
                                            : "can't do nonzero end-relative seeks");
  if (!s->binary_ && whence == 0 && offset < 0)
    return raise(&exc::ValueError, "negative seek position %lld", static_cast<long long>(offset));
  if (s->writable_ && failed(text_stream_flush(s))) return Value::null();
  if (whence == 1) offset -= static_cast<int64_t>(s->in_len_ - s->in_pos_);
  s->in_pos_ = s->in_len_ = 0;
  s->eof_ = false;
  off_t pos = ::lseek(s->fd_, offset, static_cast<int>(whence));
  if (pos < 0) return raise_os_error(errno);
  return int_from_i64(pos);
}

Value ts_enter(const Value* args, size_t, Tuple*) {
  if (self_stream(args)->closed_) return raise_closed();
  return args[0];
}
Value ts_exit(const Value* args, size_t nargs, Tuple*) {
  return ts_close(args, nargs, nullptr);
}

Value ts_get_closed(const Value* args, size_t, Tuple*) {
  return Value::boolean(self_stream(args)->closed_);
}
Value ts_get_name(const Value* args, size_t, Tuple*) {
  return self_stream(args)->name_;
}
Value ts_get_mode(const Value* args, size_t, Tuple*) {
  return Value::object(self_stream(args)->mode_);
}

const MethodDef kCommonMethods[] = {
    {"flush", ts_flush, 0},       {"close", ts_close, 0},       {"fileno", ts_fileno, 0},
    {"isatty", ts_isatty, 0},     {"readable", ts_readable, 0}, {"writable", ts_writable, 0},
    {"seekable", ts_seekable, 0}, {"seek", ts_seek, 0},         {"tell", ts_tell, 0},
    {"__enter__", ts_enter, 0},   {"__exit__", ts_exit, 0},
};

// ---------------------------------------------------------------------------
// Text-only members

Value ts_write(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value::null();
  TextStream* s = self_stream(args);
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "write() argument must be str, not %s", type_name_of(args[1]));
  if (s->closed_) return raise_closed();
  if (!s->writable_) return raise(&unsupported_operation_type, "not writable");
  Str* text = args[1].as<Str>();
  if (failed(write_str(s, text))) return Value::null();
  return int_from_i64(static_cast<int64_t>(text->length_));
}

Value ts_get_encoding(const Value* args, size_t, Tuple*) {
  return Value::object(self_stream(args)->encoding_);
}
Value ts_get_buffer(const Value* args, size_t, Tuple*) {
  return text_stream_buffer(self_stream(args));
}
Value ts_get_errors(const Value*, size_t, Tuple*) {
  return str_value("strict");
}
Value ts_get_line_buffering(const Value* args, size_t, Tuple*) {
  return Value::boolean(self_stream(args)->line_buffered_);
}

Value ts_repr(Value self) {
  auto* s = self.as<TextStream>();
  std::string r = "<_io.TextIOWrapper name=";
  std::string name = repr_utf8(s->name_);
  if (error_pending()) return Value::null();
  r += name;
  r += " mode='";
  r += s->mode_->view();
  r += "' encoding='";
  r += s->encoding_->view();
  r += "'>";
  return str_value(r);
}

void ready_type() {
  if (text_stream_type.dict_) return;
  text_stream_type.gc_trace_ = trace_stream;
  text_stream_type.gc_finalize_ = finalize_stream;
  text_stream_type.repr_ = ts_repr;
  text_stream_type.iter_ = iter_self;
  text_stream_type.next_ = text_stream_next;
  type_ready(&text_stream_type, "TextIOWrapper", nullptr, sizeof(TextStream), 0);
  text_stream_type.module_ = str_intern("_io");
  stream_add_common_members(&text_stream_type);
  static const MethodDef kTextMethods[] = {{"write", ts_write, 0}};
  add_methods(&text_stream_type, kTextMethods);
  add_property(&text_stream_type, "encoding", ts_get_encoding);
  add_property(&text_stream_type, "errors", ts_get_errors);
  add_property(&text_stream_type, "buffer", ts_get_buffer);
  add_property(&text_stream_type, "line_buffering", ts_get_line_buffering);
  text_stream_add_read_methods(&text_stream_type);
  binary_streams_init();

  // io.UnsupportedOperation(OSError, ValueError): readied on OSError, then
  // given both bases and their C3 order.
  Type* u = &unsupported_operation_type;
  type_ready(u, "UnsupportedOperation", &exc::OSError, exc::OSError.instance_size_,
             kTypeBaseType | kTypeExceptionSubclass);
  u->module_ = str_intern("io");
  u->bases_ = tuple_pack({Value::object(&exc::OSError), Value::object(&exc::ValueError)});
  u->mro_ = tuple_pack({Value::object(u), Value::object(&exc::OSError),
                        Value::object(&exc::ValueError), Value::object(&exc::Exception),
                        Value::object(&exc::BaseException), Value::object(&object_type)});
  type_modified(u);
}

void ensure_stdio() {
  if (!g_stdout.is_null()) return;
  ready_type();
  gc::add_root_scanner(scan_stdio, nullptr);
  g_stdin =
      Value::object(text_stream_new(0, str_value("<stdin>"), str_intern("r"), true, false, false));
  g_stdout =
      Value::object(text_stream_new(1, str_value("<stdout>"), str_intern("w"), false, true, false));
  TextStream* err = text_stream_new(2, str_value("<stderr>"), str_intern("w"), false, true, false);
  err->write_through_ = true;
  g_stderr = Value::object(err);
}

Value sys_stream(Str* name, Value raw, const char* lost) {
  ensure_stdio();
  if (!g_sys_dict) return raw;
  Value v = dict_get_str(g_sys_dict, name);
  if (v.is_null() && !error_pending()) return raise(&exc::RuntimeError, "%s", lost);
  return v;
}

}  // namespace

void stream_add_common_members(Type* t) {
  t->gc_trace_ = trace_stream;
  t->gc_finalize_ = finalize_stream;
  add_methods(t, kCommonMethods);
  add_property(t, "closed", ts_get_closed);
  add_property(t, "name", ts_get_name);
  add_property(t, "mode", ts_get_mode);
}

TextStream* text_stream_new(int fd, Value name, Str* mode, bool readable, bool writable,
                            bool owns_fd) {
  ready_type();
  auto* s = alloc<TextStream>(&text_stream_type);
  s->fd_ = fd;
  s->readable_ = readable;
  s->writable_ = writable;
  s->owns_fd_ = owns_fd;
  s->line_buffered_ = writable && ::isatty(fd);
  s->name_ = name;
  s->mode_ = mode;
  s->encoding_ = str_intern("utf-8");
  return s;
}

// ---------------------------------------------------------------------------
// The standard streams

Value stdio_stdout() {
  return sys_stream(names::stdout_, g_stdout, "lost sys.stdout");
}
Value stdio_stderr() {
  return sys_stream(names::stderr_, g_stderr, "lost sys.stderr");
}
Value stdio_stdin() {
  return sys_stream(names::stdin_, g_stdin, "lost sys.stdin");
}
Value stdio_raw_stdout() {
  return ensure_stdio(), g_stdout;
}
Value stdio_raw_stderr() {
  return ensure_stdio(), g_stderr;
}
Value stdio_raw_stdin() {
  return ensure_stdio(), g_stdin;
}

void stdio_set_sys_dict(Dict* sys_dict) {
  ensure_stdio();
  g_sys_dict = sys_dict;
}

Status stream_write(Value file, Str* text) {
  if (file.is_object() && type_of(file) == &text_stream_type) {
    auto* s = file.as<TextStream>();
    if (!s->writable_ && !s->closed_)
      return raise_status(&unsupported_operation_type, "not writable");
    return write_str(s, text);
  }
  Value arg = Value::object(text);
  Value r = call_method(file, names::write, &arg, 1);
  return r.is_null() ? Status::Error : Status::Ok;
}

Status stream_write_utf8(Value file, std::string_view text) {
  if (file.is_object() && type_of(file) == &text_stream_type) {
    auto* s = file.as<TextStream>();
    if (!s->writable_ && !s->closed_)
      return raise_status(&unsupported_operation_type, "not writable");
    if (s->codec_ == kCodecUtf8 && s->newline_ < kNewlineCR) return stream_write_bytes(s, text);
  }
  return stream_write(file, str_new(text));
}

Status stream_flush(Value file) {
  if (is_stream(file)) {
    auto* s = file.as<TextStream>();
    return s->writable_ && !s->closed_ ? text_stream_flush(s) : Status::Ok;
  }
  Value r = call_method(file, names::flush, nullptr, 0);
  return r.is_null() ? Status::Error : Status::Ok;
}

void stdio_flush_all() {
  if (g_stdout.is_null()) return;
  Value saved = error_fetch();  // flushing must not eat a pending exception
  Value streams[] = {g_sys_dict ? dict_get_str(g_sys_dict, names::stdout_) : Value::null(),
                     g_sys_dict ? dict_get_str(g_sys_dict, names::stderr_) : Value::null(),
                     g_stdout, g_stderr};
  for (Value f : streams) {
    if (f.is_null() || f.is_none()) continue;
    if (failed(stream_flush(f))) error_clear();
  }
  error_clear();
  if (!saved.is_null()) error_restore(saved);
}

}  // namespace tr
