// Streams' input side: buffered read(2), line splitting (for text and
// binary streams), newline translation for files opened in text mode, and
// strict UTF-8 decoding (UnicodeDecodeError as CPython reports it).
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "builtins/stdio.h"
#include "vm/interrupt.h"

namespace tr {
namespace {

constexpr size_t kChunk = 64 * 1024;

TextStream* self_stream(const Value* args) {
  return stream_target(args[0]);
}

// Reads more bytes after the unread ones. False with an exception pending
// on error; at end of input sets eof_ and returns true.
bool fill(TextStream* s) {
  if (s->eof_) return true;
  if (s->in_pos_ > 0) {  // drop what was consumed
    std::memmove(s->in_, s->in_ + s->in_pos_, s->in_len_ - s->in_pos_);
    s->in_len_ -= s->in_pos_;
    s->in_pos_ = 0;
  }
  if (s->in_cap_ - s->in_len_ < kChunk) {
    size_t cap = s->in_cap_ ? s->in_cap_ * 2 : kChunk;
    while (cap - s->in_len_ < kChunk) cap *= 2;
    char* p = static_cast<char*>(std::realloc(s->in_, cap));
    if (!p) return raise_memory_error(), false;
    s->in_ = p;
    s->in_cap_ = cap;
  }
  for (;;) {
    ssize_t n = ::read(s->fd_, s->in_ + s->in_len_, s->in_cap_ - s->in_len_);
    if (n < 0 && errno == EINTR) {
      // Ctrl-C while input() waits: KeyboardInterrupt, as in python3.
      if (!vm::check_interrupt()) return false;
      continue;
    }
    if (n < 0) {
      int err = errno;
      Value e = exception_new(&exc::OSError,
                              tuple_pack({Value::small_int(err), str_value(std::strerror(err))}));
      if (!e.is_null()) error_restore(e);
      return false;
    }
    if (n == 0) s->eof_ = true;
    s->in_len_ += static_cast<size_t>(n);
    return true;
  }
}

// Strict UTF-8 check. Returns true when valid; otherwise fills the failing
// range [*start, *end) and CPython's reason for it.
bool valid_utf8(std::string_view b, size_t* start, size_t* end, const char** reason) {
  size_t i = 0, n = b.size();
  auto byte = [&](size_t k) { return static_cast<unsigned char>(b[k]); };
  while (i < n) {
    unsigned char c = byte(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the first continuation
    if (c >= 0xC2 && c <= 0xDF)
      need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      *start = i, *end = i + 1, *reason = "invalid start byte";
      return false;
    }
    for (size_t k = 1; k <= need; ++k) {
      if (i + k >= n) {
        *start = i, *end = n, *reason = "unexpected end of data";
        return false;
      }
      unsigned char d = byte(i + k);
      bool ok = k == 1 ? (d >= lo && d <= hi) : (d >= 0x80 && d <= 0xBF);
      if (!ok) {
        *start = i, *end = i + k, *reason = "invalid continuation byte";
        return false;
      }
    }
    i += need + 1;
  }
  return true;
}

// Turns bytes into a str, translating newlines when the stream asks for it.
Value decode(TextStream* s, std::string bytes) {
  if (s->codec_ != kCodecUtf8 || s->newline_ != kNewlineDefault)
    return text_stream_decode(s, std::move(bytes));
  if (s->universal_newlines_ && bytes.find('\r') != std::string::npos) {
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] != '\r') {
        out += bytes[i];
        continue;
      }
      out += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    }
    bytes.swap(out);
  }
  size_t start, end;
  const char* reason;
  if (!valid_utf8(bytes, &start, &end, &reason)) {
    Value e =
        exception_new(&exc::UnicodeDecodeError,
                      tuple_pack({str_value("utf-8"), Value::object(bytes_new(bytes)),
                                  int_from_i64(static_cast<int64_t>(start)),
                                  int_from_i64(static_cast<int64_t>(end)), str_value(reason)}));
    if (!e.is_null()) error_restore(e);
    return Value::null();
  }
  return str_value(bytes);
}

bool is_line_end(TextStream* s, char c) {
  switch (s->newline_) {
    case kNewlineAny:
      return c == '\n' || c == '\r';
    case kNewlineCR:
      return c == '\r';
    case kNewlineCRLF:
      return c == '\n';  // and only after '\r': checked by the caller
    default:
      return c == '\n' || (c == '\r' && s->universal_newlines_);
  }
}
// Does "\r\n" make one line end (rather than "\r" ending a line alone)?
bool merges_crlf(TextStream* s) {
  return s->newline_ == kNewlineAny || (s->newline_ == kNewlineDefault && s->universal_newlines_);
}
inline bool counts(bool chars, char c) {
  return !chars || (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}
// Characters are counted by UTF-8 lead bytes, except in Latin-1 where
// every byte is one.
inline bool counts_chars(TextStream* s, bool chars) {
  return chars && s->codec_ != kCodecLatin1;
}

}  // namespace

bool stream_check_readable(TextStream* s) {
  if (s->closed_) {
    raise(&exc::ValueError, s->binary_ ? "read of closed file" : "I/O operation on closed file.");
    return false;
  }
  if (!s->readable_) {
    raise(&unsupported_operation_type, s->binary_ ? "read" : "not readable");
    return false;
  }
  if (s->out_len_ && failed(text_stream_flush(s))) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Reading bytes

bool stream_read_line(TextStream* s, int64_t limit, bool chars, std::string* out) {
  if (!stream_check_readable(s)) return false;
  chars = counts_chars(s, chars);
  bool merge = merges_crlf(s);
  size_t scanned = 0;  // bytes of the unread part already searched
  int64_t units = 0;
  for (;;) {
    const char* p = s->in_ + s->in_pos_;
    size_t avail = s->in_len_ - s->in_pos_;
    for (; scanned < avail; ++scanned) {
      char c = p[scanned];
      if (limit >= 0 && counts(chars, c)) {
        if (units == limit) break;
        ++units;
      }
      if (is_line_end(s, c) &&
          (s->newline_ != kNewlineCRLF || (scanned > 0 && p[scanned - 1] == '\r'))) {
        // "\r\n" counts as one line end: make sure the "\n" is buffered too.
        if (merge && c == '\r' && scanned + 1 == avail && !s->eof_) {
          if (limit >= 0) --units;  // counted again after the refill
          break;
        }
        size_t len = scanned + 1;
        if (merge && c == '\r' && scanned + 1 < avail && p[scanned + 1] == '\n') ++len;
        out->assign(p, len);
        s->in_pos_ += len;
        return true;
      }
    }
    bool hit_limit = limit >= 0 && units == limit && scanned < avail;
    if (hit_limit || s->eof_) {
      out->assign(p, scanned);
      s->in_pos_ += scanned;
      return true;
    }
    if (!fill(s)) return false;
  }
}

bool stream_read_bytes(TextStream* s, int64_t limit, bool chars, std::string* out) {
  if (!stream_check_readable(s)) return false;
  chars = counts_chars(s, chars);
  if (limit < 0) {
    while (!s->eof_)
      if (!fill(s)) return false;
    out->assign(s->in_ + s->in_pos_, s->in_len_ - s->in_pos_);
    s->in_pos_ = s->in_len_;
    return true;
  }
  size_t used = 0;
  int64_t units = 0;
  // Text that will have "\r\n" translated to "\n" counts the pair as one.
  bool crlf_is_one = chars && s->newline_ == kNewlineDefault && s->universal_newlines_;
  for (;;) {
    const char* p = s->in_ + s->in_pos_;
    size_t avail = s->in_len_ - s->in_pos_;
    while (used < avail) {
      bool c = counts(chars, p[used]);
      if (c && units == limit) break;
      if (crlf_is_one && p[used] == '\r' && used + 1 == avail && !s->eof_) break;  // need more
      if (c) ++units;
      ++used;
      if (crlf_is_one && p[used - 1] == '\r' && used < avail && p[used] == '\n') ++used;
    }
    if ((units == limit && used < avail) || s->eof_ || (!chars && units == limit)) {
      out->assign(p, used);
      s->in_pos_ += used;
      return true;
    }
    if (!fill(s)) return false;
  }
}

// ---------------------------------------------------------------------------
// Reading text

Value text_stream_readline(TextStream* s, int64_t limit) {
  std::string line;
  if (!stream_read_line(s, limit, true, &line)) return Value::null();
  return decode(s, std::move(line));
}

Value text_stream_read(TextStream* s, int64_t limit) {
  std::string text;
  if (!stream_read_bytes(s, limit, true, &text)) return Value::null();
  return decode(s, std::move(text));
}

Value text_stream_next(Value self) {
  Value line = text_stream_readline(self.as<TextStream>(), -1);
  if (line.is_null()) return line;
  return line.as<Str>()->size_ == 0 ? Value::exhausted() : line;
}

namespace {

// size argument of read()/readline(): an int or None (= everything).
bool size_arg(const char* fname, const Value* args, size_t nargs, Tuple* kw, int64_t* out) {
  *out = -1;
  if (!check_no_kwargs(fname, kw) || !check_nargs(fname, nargs - 1, 0, 1)) return false;
  if (nargs < 2 || args[1].is_none()) return true;
  return to_ssize(args[1], out);
}

Value ts_readline(const Value* args, size_t nargs, Tuple* kw) {
  int64_t limit;
  if (!size_arg("readline", args, nargs, kw, &limit)) return Value::null();
  return text_stream_readline(self_stream(args), limit);
}

Value ts_read(const Value* args, size_t nargs, Tuple* kw) {
  int64_t limit;
  if (!size_arg("read", args, nargs, kw, &limit)) return Value::null();
  return text_stream_read(self_stream(args), limit);
}

Value ts_readlines(const Value* args, size_t nargs, Tuple* kw) {
  int64_t hint;
  if (!size_arg("readlines", args, nargs, kw, &hint)) return Value::null();
  List* lines = list_new();
  int64_t total = 0;
  for (;;) {
    Value line = text_stream_readline(self_stream(args), -1);
    if (line.is_null()) return line;
    Str* l = line.as<Str>();
    if (l->size_ == 0) break;
    if (failed(list_append(lines, line))) return Value::null();
    total += static_cast<int64_t>(l->length_);
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(lines);
}

const MethodDef kReadMethods[] = {
    {"readline", ts_readline, 0},
    {"read", ts_read, 0},
    {"readlines", ts_readlines, 0},
};

}  // namespace

void text_stream_add_read_methods(Type* t) {
  add_methods(t, kReadMethods);
}

}  // namespace tr
