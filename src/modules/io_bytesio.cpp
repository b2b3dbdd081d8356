// io.BytesIO: an in-memory binary stream over a growable byte buffer, with
// CPython's seek/truncate rules and messages.
#include <cstdlib>
#include <cstring>
#include <string>

#include "builtins/stdio.h"
#include "modules/io_internal.h"
#include "objects/iterators.h"

namespace tr::modules::io_mod {

Type bytesio_type;

namespace {

// buf_/size_/cap_: the bytes (malloc'd); pos_ may pass size_ (a write there
// pads with NULs).
struct BytesIO : Object {
  char* buf_;
  size_t size_, cap_, pos_;
  bool closed_;
};

BytesIO* self_of(const Value* args) { return args[0].as<BytesIO>(); }

void finalize(Object* o) {
  auto* b = static_cast<BytesIO*>(o);
  std::free(b->buf_);
  b->buf_ = nullptr;
}

bool check_open(BytesIO* b) {
  if (b->closed_) {
    raise(&exc::ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool bytes_like(Value v, std::string_view* out) {
  if (isinstance_of(v, &bytes_type)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (isinstance_of(v, &bytearray_type)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(v));
  return false;
}

bool reserve(BytesIO* b, size_t need) {
  if (need <= b->cap_) return true;
  size_t cap = b->cap_ ? b->cap_ : 64;
  while (cap < need) cap *= 2;
  char* p = static_cast<char*>(std::realloc(b->buf_, cap));
  if (!p) return raise_memory_error(), false;
  gc::account_external(cap - b->cap_);
  b->buf_ = p;
  b->cap_ = cap;
  return true;
}

bool write_bytes(BytesIO* b, std::string_view data) {
  if (data.empty()) return true;
  size_t end = b->pos_ + data.size();
  if (!reserve(b, end)) return false;
  if (b->pos_ > b->size_) std::memset(b->buf_ + b->size_, 0, b->pos_ - b->size_);
  std::memcpy(b->buf_ + b->pos_, data.data(), data.size());
  if (end > b->size_) b->size_ = end;
  b->pos_ = end;
  return true;
}

Value take(BytesIO* b, size_t n) {
  size_t avail = b->pos_ < b->size_ ? b->size_ - b->pos_ : 0;
  if (n > avail) n = avail;
  Value r = Value::object(bytes_new({b->buf_ ? b->buf_ + b->pos_ : "", n}));
  b->pos_ += n;
  return r;
}

Value read_line(BytesIO* b, int64_t limit) {
  if (b->pos_ >= b->size_) return take(b, 0);
  size_t avail = b->size_ - b->pos_;
  if (limit >= 0 && static_cast<size_t>(limit) < avail) avail = static_cast<size_t>(limit);
  const void* nl = std::memchr(b->buf_ + b->pos_, '\n', avail);
  size_t n = nl ? static_cast<const char*>(nl) - (b->buf_ + b->pos_) + 1 : avail;
  return take(b, n);
}

Value bio_new(Type* cls, const Value*, size_t, Tuple*) {
  return Value::object(alloc_object(cls));
}

Status bio_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"initial_bytes"};
  Value a[1];
  if (!parse_args("BytesIO", args, nargs, kw, kNames, 1, 0, a)) return Status::Error;
  auto* b = self.as<BytesIO>();
  b->size_ = b->pos_ = 0;
  b->closed_ = false;
  if (!a[0].is_null() && !a[0].is_none()) {
    std::string_view data;
    if (!bytes_like(a[0], &data) || !write_bytes(b, data)) return Status::Error;
    b->pos_ = 0;
  }
  return Status::Ok;
}

#define TR_SELF_OPEN()                     \
  BytesIO* b = self_of(args);              \
  if (!check_open(b)) return Value::null();

bool optional_size(const char* fname, const Value* args, size_t nargs, Tuple* kw, int64_t* n) {
  *n = -1;
  if (!check_no_kwargs(fname, kw) || !check_nargs(fname, nargs - 1, 0, 1)) return false;
  return nargs < 2 || size_arg(args[1], n);
}

Value m_write(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value::null();
  TR_SELF_OPEN();
  std::string_view data;
  if (!bytes_like(args[1], &data)) return Value::null();
  std::string copy(data);  // data may be this stream's own getvalue() result
  if (!write_bytes(b, copy)) return Value::null();
  return int_from_i64(static_cast<int64_t>(copy.size()));
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
    std::string_view data;
    if (!bytes_like(line, &data) || !write_bytes(b, std::string(data))) return Value::null();
  }
}

Value m_read(const Value* args, size_t nargs, Tuple* kw) {
  int64_t n;
  if (!optional_size("read", args, nargs, kw, &n)) return Value::null();
  TR_SELF_OPEN();
  return take(b, n < 0 ? SIZE_MAX : static_cast<size_t>(n));
}

Value m_readline(const Value* args, size_t nargs, Tuple* kw) {
  int64_t n;
  if (!optional_size("readline", args, nargs, kw, &n)) return Value::null();
  TR_SELF_OPEN();
  return read_line(b, n);
}

Value m_readlines(const Value* args, size_t nargs, Tuple* kw) {
  int64_t hint;
  if (!optional_size("readlines", args, nargs, kw, &hint)) return Value::null();
  TR_SELF_OPEN();
  List* out = list_new();
  int64_t total = 0;
  for (;;) {
    Value line = read_line(b, -1);
    size_t n = line.as<Bytes>()->size_;
    if (n == 0) break;
    if (failed(list_append(out, line))) return Value::null();
    total += static_cast<int64_t>(n);
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(out);
}

Value m_getvalue(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("getvalue", kw) || !check_nargs("getvalue", nargs - 1, 0, 0))
    return Value::null();
  TR_SELF_OPEN();
  return Value::object(bytes_new({b->buf_ ? b->buf_ : "", b->size_}));
}

Value m_tell(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return int_from_i64(static_cast<int64_t>(b->pos_));
}

Value m_seek(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("seek", kw) || !check_nargs("seek", nargs - 1, 1, 2)) return Value::null();
  int64_t pos, whence = 0;
  if (!to_ssize(args[1], &pos) || (nargs > 2 && !to_ssize(args[2], &whence))) return Value::null();
  TR_SELF_OPEN();
  if (whence < 0 || whence > 2)
    return raise(&exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                 static_cast<long long>(whence));
  if (whence == 0 && pos < 0)
    return raise(&exc::ValueError, "negative seek value %lld", static_cast<long long>(pos));
  if (whence == 1) pos += static_cast<int64_t>(b->pos_);
  if (whence == 2) pos += static_cast<int64_t>(b->size_);
  if (pos < 0) pos = 0;
  b->pos_ = static_cast<size_t>(pos);
  return int_from_i64(pos);
}

Value m_truncate(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("truncate", kw) || !check_nargs("truncate", nargs - 1, 0, 1))
    return Value::null();
  TR_SELF_OPEN();
  int64_t size = static_cast<int64_t>(b->pos_);
  if (nargs > 1 && !args[1].is_none() && !size_arg(args[1], &size)) return Value::null();
  if (size < 0)
    return raise(&exc::ValueError, "negative size value %lld", static_cast<long long>(size));
  if (static_cast<size_t>(size) < b->size_) b->size_ = static_cast<size_t>(size);
  return int_from_i64(size);
}

Value m_close(const Value* args, size_t, Tuple*) {
  BytesIO* b = self_of(args);
  b->closed_ = true;
  std::free(b->buf_);
  b->buf_ = nullptr;
  b->size_ = b->cap_ = b->pos_ = 0;
  return Value::none();
}

Value m_true(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return Value::true_();
}
Value m_false(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return Value::false_();
}
Value m_flush(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return Value::none();
}
Value m_fileno(const Value* args, size_t, Tuple*) {
  TR_SELF_OPEN();
  return raise(&unsupported_operation_type, "fileno");
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
  return Value::boolean(self_of(args)->closed_);
}

Value bio_next(Value self) {
  auto* b = self.as<BytesIO>();
  if (!check_open(b)) return Value::null();
  Value line = read_line(b, -1);
  return line.as<Bytes>()->size_ ? line : Value::exhausted();
}

#undef TR_SELF_OPEN

const MethodDef kMethods[] = {
    {"write", m_write, 0},       {"writelines", m_writelines, 0}, {"read", m_read, 0},
    {"read1", m_read, 0},        {"readline", m_readline, 0},     {"readlines", m_readlines, 0},
    {"getvalue", m_getvalue, 0}, {"tell", m_tell, 0},             {"seek", m_seek, 0},
    {"truncate", m_truncate, 0}, {"close", m_close, 0},           {"readable", m_true, 0},
    {"writable", m_true, 0},     {"seekable", m_true, 0},         {"isatty", m_false, 0},
    {"flush", m_flush, 0},       {"fileno", m_fileno, 0},         {"__enter__", m_enter, 0},
    {"__exit__", m_exit, 0},
};

}  // namespace

void bytesio_ready() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  gc::Pause pause;
  bytesio_type.gc_finalize_ = finalize;
  bytesio_type.new_ = bio_new;
  bytesio_type.init_ = bio_init;
  bytesio_type.iter_ = iter_self;
  bytesio_type.next_ = bio_next;
  type_ready(&bytesio_type, "BytesIO", nullptr, sizeof(BytesIO), kTypeBaseType);
  bytesio_type.module_ = str_intern("_io");
  add_methods(&bytesio_type, kMethods);
  add_property(&bytesio_type, "closed", g_closed);
}

}  // namespace tr::modules::io_mod
