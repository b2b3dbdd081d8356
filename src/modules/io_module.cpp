// The _io module: the stream classes lib/io.py re-exports — the file types
// open() makes (builtins/stdio.h), StringIO and BytesIO (io_*.cpp) — and
// io.UnsupportedOperation.
#include "builtins/builtins_vm.h"
#include "builtins/stdio.h"
#include "modules/io_internal.h"
#include "modules/native_modules.h"

namespace tr::modules {
namespace io_mod {

bool size_arg(Value v, int64_t* out) {
  if (v.is_none()) {
    *out = -1;
    return true;
  }
  if (!is_int(v) && type_lookup(type_of(v), str_intern("__index__")).is_null()) {
    raise(&exc::TypeError, "argument should be integer or None, not '%s'", type_name_of(v));
    return false;
  }
  return to_ssize(v, out);
}

namespace {

// io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False): over one of open()'s binary
// streams, a native text stream on its descriptor; over any other binary
// object (BytesIO, user classes), lib/io.py's Python wrapper.
Value textio_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"buffer",         "encoding",     "errors", "newline",
                                       "line_buffering", "write_through"};
  Value a[6];
  if (!parse_args("TextIOWrapper", args, nargs, kw, kNames, 6, 1, a)) return Value::null();
  if (is_stream(a[0]) && a[0].as<TextStream>()->binary_)
    return text_stream_wrap(a[0], a[1], a[3], a[4], a[5]);
  Value io = import_absolute(str_intern("io"));
  if (io.is_null()) return io;
  Value cls = getattr(io, str_intern("_BufferTextWrapper"));
  if (cls.is_null()) return cls;
  return call(cls, args, nargs, kw);
}

}  // namespace
}  // namespace io_mod

Status io_module_init(Module* m) {
  using namespace io_mod;
  stringio_ready();
  bytesio_ready();
  (void)stdio_raw_stdout();  // readies the file stream types
  text_stream_type.new_ = textio_new;
  Dict* d = m->dict_;
  struct Entry {
    const char* name;
    Type* type;
  };
  const Entry kTypes[] = {
      {"StringIO", &stringio_type},
      {"BytesIO", &bytesio_type},
      {"TextIOWrapper", &text_stream_type},
      {"BufferedReader", &buffered_reader_type},
      {"BufferedWriter", &buffered_writer_type},
      {"BufferedRandom", &buffered_random_type},
      {"UnsupportedOperation", &unsupported_operation_type},
  };
  for (const Entry& e : kTypes)
    if (failed(dict_set_str(d, str_intern(e.name), Value::object(e.type)))) return Status::Error;
  if (failed(dict_set_str(d, str_intern("DEFAULT_BUFFER_SIZE"), Value::small_int(8192))))
    return Status::Error;
  return Status::Ok;
}

}  // namespace tr::modules
