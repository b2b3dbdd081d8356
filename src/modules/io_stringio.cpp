// io.StringIO: an in-memory text stream. The text is kept as UTF-8 with the
// position in code points (O(1) while the text is ASCII), newline handling
// as CPython's StringIO (translation when written, line ends when read).
#include <cstdlib>
#include <cstring>
#include <string>

#include "builtins/stdio.h"
#include "modules/io_internal.h"
#include "objects/iterators.h"

namespace tr::modules::io_mod {

Type stringio_type;

namespace {

// newline= argument: None translates \r and \r\n to \n as text is written;
// '' keeps them and ends lines at any of the three; '\n' is the default;
// '\r' and '\r\n' are what '\n' becomes when written and the only line end.
enum Newline : uint8_t { kNone, kAny, kLF, kCR, kCRLF };

//   buf_/size_/cap_  the text, UTF-8 (malloc'd; freed by the finalizer)
//   length_          its length in code points
//   pos_             the stream position in code points (may pass the end)
//   pos_byte_        byte offset of pos_ when pos_ <= length_
struct StringIO : Object {
  char* buf_;
  size_t size_, cap_;
  size_t length_, pos_, pos_byte_;
  bool ascii_, closed_, initialized_;
  uint8_t newline_;
};

StringIO* self_of(const Value* args) { return args[0].as<StringIO>(); }

void finalize(Object* o) {
  auto* s = static_cast<StringIO*>(o);
  std::free(s->buf_);
  s->buf_ = nullptr;
}

bool check_open(StringIO* s) {
  if (!s->initialized_) {
    raise(&exc::ValueError, "I/O operation on uninitialized object");
    return false;
  }
  if (s->closed_) {
    raise(&exc::ValueError, "I/O operation on closed file");
    return false;
  }
  return true;
}

inline bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Byte offset of code point `cp` (cp <= length_), scanning from the cached
// position when that is closer.
size_t byte_offset(StringIO* s, size_t cp) {
  if (s->ascii_) return cp;
  size_t b = 0, c = 0;
  if (s->pos_ <= s->length_ && s->pos_ <= cp) b = s->pos_byte_, c = s->pos_;
  while (c < cp) {
    ++b;
    while (b < s->size_ && !is_lead(s->buf_[b])) ++b;
    ++c;
  }
  return b;
}

// Advances a byte offset by up to n code points (n < 0: to the end);
// returns the new offset and counts the code points passed in *done.
size_t advance(StringIO* s, size_t b, int64_t n, size_t* done) {
  size_t c = 0;
  if (s->ascii_) {
    size_t avail = s->size_ - b;
    c = n < 0 || static_cast<size_t>(n) > avail ? avail : static_cast<size_t>(n);
    *done = c;
    return b + c;
  }
  while (b < s->size_ && (n < 0 || c < static_cast<size_t>(n))) {
    ++b;
    while (b < s->size_ && !is_lead(s->buf_[b])) ++b;
    ++c;
  }
  *done = c;
  return b;
}

bool reserve(StringIO* s, size_t need) {
  if (need <= s->cap_) return true;
  size_t cap = s->cap_ ? s->cap_ : 64;
  while (cap < need) cap *= 2;
  char* p = static_cast<char*>(std::realloc(s->buf_, cap));
  if (!p) return raise_memory_error(), false;
  gc::account_external(cap - s->cap_);
  s->buf_ = p;
  s->cap_ = cap;
  return true;
}

// The text as stored: newlines translated for this stream's newline mode.
std::string translate(StringIO* s, std::string_view in, size_t* count) {
  std::string out;
  out.reserve(in.size());
  size_t n = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (is_lead(c)) ++n;
    if (s->newline_ == kNone && c == '\r') {
      out += '\n';
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else if (c == '\n' && s->newline_ == kCR) {
      out += '\r';
    } else if (c == '\n' && s->newline_ == kCRLF) {
      out += "\r\n";
      ++n;
    } else {
      out += c;
    }
  }
  *count = n;
  return out;
}

// Writes at the position, padding with NULs past the end. Returns false
// with MemoryError pending.
bool write_text(StringIO* s, Str* text) {
  std::string_view data = text->view();
  std::string translated;
  size_t n = text->length_;
  bool ascii = text->is_ascii();
  if ((s->newline_ == kNone || s->newline_ == kCR || s->newline_ == kCRLF) &&
      data.find(s->newline_ == kNone ? '\r' : '\n') != std::string_view::npos) {
    translated = translate(s, data, &n);
    data = translated;
  }
  if (n == 0) return true;
  if (s->pos_ > s->length_) {
    size_t pad = s->pos_ - s->length_;
    if (!reserve(s, s->size_ + pad)) return false;
    std::memset(s->buf_ + s->size_, 0, pad);
    s->size_ += pad;
    s->length_ = s->pos_;
    s->pos_byte_ = s->size_;
  }
  size_t start = s->pos_byte_;
  size_t end = start, replaced = 0;
  if (s->pos_ < s->length_) end = advance(s, start, static_cast<int64_t>(n), &replaced);
  size_t new_size = s->size_ - (end - start) + data.size();
  if (!reserve(s, new_size + 1)) return false;
  std::memmove(s->buf_ + start + data.size(), s->buf_ + end, s->size_ - end);
  std::memcpy(s->buf_ + start, data.data(), data.size());
  s->size_ = new_size;
  s->length_ += n - replaced;
  s->pos_ += n;
  s->pos_byte_ = start + data.size();
  s->ascii_ = s->ascii_ && ascii;
  return true;
}

// The text from the position up to the end of the next line (or `limit`
// code points); moves the position past it.
Value read_line(StringIO* s, int64_t limit) {
  if (s->pos_ >= s->length_) return Value::object(str_empty());
  size_t b = s->pos_byte_, count = 0;
  const char* p = s->buf_;
  size_t end = s->size_;
  for (size_t i = b; i < s->size_; ++i) {
    char c = p[i];
    if (is_lead(c)) {
      if (limit >= 0 && count == static_cast<size_t>(limit)) {
        end = i;
        break;
      }
      ++count;
    }
    bool line_end = false;
    switch (s->newline_) {
      case kAny:
        if (c == '\r' && i + 1 < s->size_ && p[i + 1] == '\n' &&
            (limit < 0 || count < static_cast<size_t>(limit))) {
          ++i;
          ++count;
        }
        line_end = c == '\n' || c == '\r';
        break;
      case kCR:
        line_end = c == '\r';
        break;
      case kCRLF:
        line_end = c == '\n' && i > b && p[i - 1] == '\r';
        break;
      default:
        line_end = c == '\n';
    }
    if (line_end) {
      end = i + 1;
      break;
    }
  }
  s->pos_ += count;
  s->pos_byte_ = end;
  return Value::object(str_new({p + b, end - b}));
}

// ---------------------------------------------------------------------------
// Construction

Value sio_new(Type* cls, const Value*, size_t, Tuple*) {
  auto* s = static_cast<StringIO*>(alloc_object(cls));
  s->ascii_ = true;
  s->newline_ = kLF;
  return Value::object(s);
}

Status sio_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"initial_value", "newline"};
  Value a[2];
  if (!parse_args("StringIO", args, nargs, kw, kNames, 2, 0, a)) return Status::Error;
  auto* s = self.as<StringIO>();
  uint8_t mode = kLF;
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_str(a[1]))
      return raise_status(&exc::TypeError, "newline must be str or None, not %s",
                          type_name_of(a[1]));
    std::string_view nl = a[1].as<Str>()->view();
    if (nl.empty())
      mode = kAny;
    else if (nl == "\r")
      mode = kCR;
    else if (nl == "\r\n")
      mode = kCRLF;
    else if (nl != "\n")
      return raise_status(&exc::ValueError, "illegal newline value: %s",
                          repr_utf8(a[1]).c_str());
  } else if (!a[1].is_null()) {
    mode = kNone;
  }
  Value init = a[0];
  if (!init.is_null() && !init.is_none() && !is_str(init))
    return raise_status(&exc::TypeError, "initial_value must be str or None, not %s",
                        type_name_of(init));
  s->newline_ = mode;
  s->size_ = s->length_ = s->pos_ = s->pos_byte_ = 0;
  s->ascii_ = true;
  s->closed_ = false;
  s->initialized_ = true;
  if (is_str(init) && init.as<Str>()->length_) {
    if (!write_text(s, init.as<Str>())) return Status::Error;
    s->pos_ = s->pos_byte_ = 0;
  }
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// Methods

#define TR_SELF_OPEN()                       \
  StringIO* s = self_of(args);               \
  if (!check_open(s)) return Value::null();

Value m_write(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value::null();
  TR_SELF_OPEN();
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "string argument expected, got '%s'", type_name_of(args[1]));
  Str* text = args[1].as<Str>();
  if (!write_text(s, text)) return Value::null();
  return int_from_i64(static_cast<int64_t>(text->length_));
}

Value m_writelines(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("writelines", kw) || !check_nargs("writelines", nargs - 1, 1, 1))
    return Value::null();
  TR_SELF_OPEN();
  Value it = get_iter(args[1]);
  if (it.is_null()) return it;
  for (;;) {
    Value line = iter_next(it);
    if (line.is_null()) return line;
    if (line.is_exhausted()) return Value::none();
    if (call_method(args[0], str_intern("write"), &line, 1).is_null()) return Value::null();
  }
}

bool optional_size(const char* fname, const Value* args, size_t nargs, Tuple* kw, int64_t* n) {
  *n = -1;
  if (!check_no_kwargs(fname, kw) || !check_nargs(fname, nargs - 1, 0, 1)) return false;
  return nargs < 2 || size_arg(args[1], n);
}

Value m_read(const Value* args, size_t nargs, Tuple* kw) {
  int64_t n;
  if (!optional_size("read", args, nargs, kw, &n)) return Value::null();
  TR_SELF_OPEN();
  if (s->pos_ >= s->length_) return Value::object(str_empty());
  size_t done, b = s->pos_byte_;
  size_t end = advance(s, b, n, &done);
  s->pos_ += done;
  s->pos_byte_ = end;
  return Value::object(str_new({s->buf_ + b, end - b}));
}

Value m_readline(const Value* args, size_t nargs, Tuple* kw) {
  int64_t n;
  if (!optional_size("readline", args, nargs, kw, &n)) return Value::null();
  TR_SELF_OPEN();
  return read_line(s, n);
}

Value m_readlines(const Value* args, size_t nargs, Tuple* kw) {
  int64_t hint;
  if (!optional_size("readlines", args, nargs, kw, &hint)) return Value::null();
  TR_SELF_OPEN();
  List* out = list_new();
  int64_t total = 0;
  for (;;) {
    Value line = read_line(s, -1);
    Str* l = line.as<Str>();
    if (l->length_ == 0) break;
    if (failed(list_append(out, line))) return Value::null();
    total += static_cast<int64_t>(l->length_);
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(out);
}

Value m_getvalue(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("getvalue", kw) || !check_nargs("getvalue", nargs - 1, 0, 0))
    return Value::null();
  TR_SELF_OPEN();
  return Value::object(str_new({s->buf_ ? s->buf_ : "", s->size_}));
}

Value m_tell(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("tell", kw) || !check_nargs("tell", nargs - 1, 0, 0)) return Value::null();
  TR_SELF_OPEN();
  return int_from_i64(static_cast<int64_t>(s->pos_));
}

Value m_seek(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("seek", kw) || !check_nargs("seek", nargs - 1, 1, 2)) return Value::null();
  int64_t pos, whence = 0;
  if (!to_ssize(args[1], &pos) || (nargs > 2 && !to_ssize(args[2], &whence))) return Value::null();
  TR_SELF_OPEN();
  if (whence < 0 || whence > 2)
    return raise(&exc::ValueError, "Invalid whence (%lld, should be 0, 1 or 2)",
                 static_cast<long long>(whence));
  if (whence == 0 && pos < 0)
    return raise(&exc::ValueError, "Negative seek position %lld", static_cast<long long>(pos));
  if (whence != 0 && pos != 0) return raise(&exc::OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 2) pos = static_cast<int64_t>(s->length_);
  if (whence == 1) pos = static_cast<int64_t>(s->pos_);
  size_t p = static_cast<size_t>(pos);
  if (p <= s->length_) s->pos_byte_ = byte_offset(s, p);
  s->pos_ = p;
  return int_from_i64(pos);
}

Value m_truncate(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("truncate", kw) || !check_nargs("truncate", nargs - 1, 0, 1))
    return Value::null();
  TR_SELF_OPEN();
  int64_t size = static_cast<int64_t>(s->pos_);
  if (nargs > 1 && !args[1].is_none() && !size_arg(args[1], &size)) return Value::null();
  if (size < 0)
    return raise(&exc::ValueError, "Negative size value %lld", static_cast<long long>(size));
  size_t n = static_cast<size_t>(size);
  if (n < s->length_) {
    size_t b = byte_offset(s, n);
    s->size_ = b;
    s->length_ = n;
    if (s->pos_ <= n) s->pos_byte_ = byte_offset(s, s->pos_);
  }
  return int_from_i64(size);
}

Value m_close(const Value* args, size_t, Tuple*) {
  StringIO* s = self_of(args);
  s->closed_ = true;
  std::free(s->buf_);
  s->buf_ = nullptr;
  s->size_ = s->cap_ = 0;
  return Value::none();
}

Value m_true(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("readable", kw) || !check_nargs("readable", nargs - 1, 0, 0))
    return Value::null();
  TR_SELF_OPEN();
  return Value::true_();
}

Value m_isatty(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return Value::false_();
}

Value m_flush(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return Value::none();
}

// fileno() and detach(): there is no descriptor or buffer underneath.
Value m_fileno(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return raise(&unsupported_operation_type, "fileno");
}
Value m_detach(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return raise(&unsupported_operation_type, "detach");
}

Value m_enter(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return args[0];
}

Value m_exit(const Value* args, size_t, Tuple*) {
  return call_method(args[0], str_intern("close"), nullptr, 0).is_null() ? Value::null()
                                                                         : Value::none();
}

Value g_closed(const Value* args, size_t, Tuple*) {
  StringIO* s = self_of(args);
  if (!s->initialized_) return raise(&exc::ValueError, "I/O operation on uninitialized object");
  return Value::boolean(s->closed_);
}
Value g_false(const Value*, size_t, Tuple*) { return Value::false_(); }
Value g_newlines(const Value* args, size_t, Tuple*) {
  StringIO* s = self_of(args);
  if (!check_open(s)) return Value::null();
  return Value::none();
}

Value sio_next(Value self) {
  auto* s = self.as<StringIO>();
  if (!check_open(s)) return Value::null();
  Value line = read_line(s, -1);
  return line.as<Str>()->length_ ? line : Value::exhausted();
}

#undef TR_SELF_OPEN

const MethodDef kMethods[] = {
    {"write", m_write, 0},         {"writelines", m_writelines, 0}, {"read", m_read, 0},
    {"readline", m_readline, 0},   {"readlines", m_readlines, 0},   {"getvalue", m_getvalue, 0},
    {"tell", m_tell, 0},           {"seek", m_seek, 0},             {"truncate", m_truncate, 0},
    {"close", m_close, 0},         {"readable", m_true, 0},         {"writable", m_true, 0},
    {"seekable", m_true, 0},       {"isatty", m_isatty, 0},         {"flush", m_flush, 0},
    {"__enter__", m_enter, 0},     {"__exit__", m_exit, 0},         {"fileno", m_fileno, 0},
    {"detach", m_detach, 0},
};

}  // namespace

void stringio_ready() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  gc::Pause pause;
  stringio_type.gc_finalize_ = finalize;
  stringio_type.new_ = sio_new;
  stringio_type.init_ = sio_init;
  stringio_type.iter_ = iter_self;
  stringio_type.next_ = sio_next;
  type_ready(&stringio_type, "StringIO", nullptr, sizeof(StringIO), kTypeBaseType);
  stringio_type.module_ = str_intern("_io");
  add_methods(&stringio_type, kMethods);
  add_property(&stringio_type, "closed", g_closed);
  add_property(&stringio_type, "line_buffering", g_false);
  add_property(&stringio_type, "newlines", g_newlines);
}

}  // namespace tr::modules::io_mod
