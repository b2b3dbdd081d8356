// The binary stream classes open() returns for 'b' modes: BufferedReader,
// BufferedWriter and BufferedRandom. They share TextStream's layout and
// buffers; reads return bytes and write takes any bytes-like object.
#include <string>

#include "builtins/stdio.h"
#include "objects/iterators.h"

namespace tr {

Type buffered_reader_type, buffered_writer_type, buffered_random_type;

namespace {

TextStream* self_stream(const Value* args) {
  return stream_target(args[0]);
}

Value bytes_value(const std::string& s) {
  return Value::object(bytes_new(s));
}

bool size_arg(const char* fname, const Value* args, size_t nargs, Tuple* kw, int64_t* out) {
  *out = -1;
  if (!check_no_kwargs(fname, kw) || !check_nargs(fname, nargs - 1, 0, 1)) return false;
  if (nargs < 2 || args[1].is_none()) return true;
  return to_ssize(args[1], out);
}

Value bs_read(const Value* args, size_t nargs, Tuple* kw) {
  int64_t limit;
  std::string out;
  if (!size_arg("read", args, nargs, kw, &limit) ||
      !stream_read_bytes(self_stream(args), limit, false, &out))
    return Value::null();
  return bytes_value(out);
}

Value bs_readline(const Value* args, size_t nargs, Tuple* kw) {
  int64_t limit;
  std::string out;
  if (!size_arg("readline", args, nargs, kw, &limit) ||
      !stream_read_line(self_stream(args), limit, false, &out))
    return Value::null();
  return bytes_value(out);
}

Value bs_readlines(const Value* args, size_t nargs, Tuple* kw) {
  int64_t hint;
  if (!size_arg("readlines", args, nargs, kw, &hint)) return Value::null();
  List* lines = list_new();
  int64_t total = 0;
  for (;;) {
    std::string line;
    if (!stream_read_line(self_stream(args), -1, false, &line)) return Value::null();
    if (line.empty()) break;
    total += static_cast<int64_t>(line.size());
    if (failed(list_append(lines, bytes_value(line)))) return Value::null();
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(lines);
}

Value bs_write(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("write", kw) || !check_nargs("write", nargs - 1, 1, 1)) return Value::null();
  TextStream* s = self_stream(args);
  if (s->closed_) return raise(&exc::ValueError, "write to closed file");
  Value b = args[1];
  std::string_view data;
  if (isinstance_of(b, &bytes_type))
    data = b.as<Bytes>()->view();
  else if (isinstance_of(b, &bytearray_type))
    data = b.as<ByteArray>()->view();
  else
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(b));
  if (!s->writable_) return raise(&unsupported_operation_type, "write");
  if (failed(stream_write_bytes(s, data))) return Value::null();
  return int_from_i64(static_cast<int64_t>(data.size()));
}

Value bs_next(Value self) {
  std::string line;
  if (!stream_read_line(stream_target(self), -1, false, &line)) return Value::null();
  return line.empty() ? Value::exhausted() : bytes_value(line);
}

Value bs_repr(Value self) {
  auto* s = stream_target(self);
  std::string r = "<_io.";
  r += type_name_of(self);
  r += " name=";
  std::string name = repr_utf8(s->name_);
  if (error_pending()) return Value::null();
  r += name;
  r += '>';
  return str_value(r);
}

const MethodDef kBinaryMethods[] = {
    {"read", bs_read, 0},
    {"readline", bs_readline, 0},
    {"readlines", bs_readlines, 0},
    {"write", bs_write, 0},
};

void ready(Type* t, const char* name) {
  t->repr_ = bs_repr;
  t->iter_ = iter_self;
  t->next_ = bs_next;
  type_ready(t, name, nullptr, sizeof(TextStream), 0);
  t->module_ = str_intern("_io");
  stream_add_common_members(t);
  add_methods(t, kBinaryMethods);
}

}  // namespace

Value text_stream_buffer(TextStream* text) {
  if (text->link_.is_object()) return text->link_;
  Type* t = text->readable_ ? (text->writable_ ? &buffered_random_type : &buffered_reader_type)
                            : &buffered_writer_type;
  auto* b = alloc<TextStream>(t);
  b->fd_ = text->fd_;
  b->readable_ = text->readable_;
  b->writable_ = text->writable_;
  b->binary_ = true;
  b->name_ = text->name_;
  b->mode_ = str_intern(text->readable_ ? (text->writable_ ? "rb+" : "rb") : "wb");
  b->link_ = Value::object(text);
  text->link_ = Value::object(b);
  return text->link_;
}

void binary_streams_init() {
  ready(&buffered_reader_type, "BufferedReader");
  ready(&buffered_writer_type, "BufferedWriter");
  ready(&buffered_random_type, "BufferedRandom");
}

}  // namespace tr
