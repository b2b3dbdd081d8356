// I/O builtins: print and input, written against whatever sys.stdout and
// sys.stdin currently are (stdio.h). open() is builtins_open.cpp.
#include "builtins/builtins_internal.h"
#include "builtins/stdio.h"

namespace tr {
namespace {

// sep= and end= of print: None means the default.
bool text_option(const char* what, Value v, Str** out) {
  if (v.is_null() || v.is_none()) return true;
  if (!is_str(v)) {
    raise(&exc::TypeError, "%s must be None or a string, not %s", what, type_name_of(v));
    return false;
  }
  *out = v.as<Str>();
  return true;
}

Value builtin_print(const Value* args, size_t nargs, Tuple* kw) {
  Value sep_v, end_v, file, flush;
  size_t nkw = kw ? kw->size_ : 0;
  for (size_t k = 0; k < nkw; ++k) {
    Str* n = kw->items_[k].as<Str>();
    Value v = args[nargs + k];
    if (n->view() == "sep")
      sep_v = v;
    else if (n->view() == "end")
      end_v = v;
    else if (n->view() == "file")
      file = v;
    else if (n->view() == "flush")
      flush = v;
    else
      return raise(&exc::TypeError, "'%s' is an invalid keyword argument for print()", n->data_);
  }
  if (file.is_null() || file.is_none()) {
    file = stdio_stdout();
    if (file.is_null()) return file;
    if (file.is_none()) return Value::none();  // sys.stdout = None: print is silent
  }
  Str* sep = nullptr;
  Str* end = nullptr;
  if (!text_option("sep", sep_v, &sep) || !text_option("end", end_v, &end)) return Value::null();
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0) {
      Status st = sep ? stream_write(file, sep) : stream_write_utf8(file, " ");
      if (failed(st)) return Value::null();
    }
    Value s = str(args[i]);
    if (s.is_null() || failed(stream_write(file, s.as<Str>()))) return Value::null();
  }
  Status st = end ? stream_write(file, end) : stream_write_utf8(file, "\n");
  if (failed(st)) return Value::null();
  if (!flush.is_null()) {
    int f = truthy(flush);
    if (f < 0 || (f && failed(stream_flush(file)))) return Value::null();
  }
  return Value::none();
}

Value builtin_input(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("input", kw) || !check_nargs("input", nargs, 0, 1)) return Value::null();
  Value in = stdio_stdin();
  if (in.is_null()) return raise(&exc::RuntimeError, "input(): lost sys.stdin");
  Value out = stdio_stdout();
  if (out.is_null()) return raise(&exc::RuntimeError, "input(): lost sys.stdout");
  Value err = stdio_stderr();
  if (!err.is_null() && !err.is_none() && failed(stream_flush(err))) error_clear();
  if (in.is_none()) return raise(&exc::RuntimeError, "input(): lost sys.stdin");
  if (nargs == 1) {
    if (out.is_none()) return raise(&exc::RuntimeError, "input(): lost sys.stdout");
    Value prompt = str(args[0]);
    if (prompt.is_null() || failed(stream_write(out, prompt.as<Str>()))) return Value::null();
  }
  if (!out.is_none() && failed(stream_flush(out))) return Value::null();
  Value line;
  if (in.is_object() && type_of(in) == &text_stream_type)
    line = text_stream_readline(in.as<TextStream>(), -1);
  else
    line = call_method(in, names::readline, nullptr, 0);
  if (line.is_null()) return line;
  if (!is_str(line)) return raise(&exc::TypeError, "object.readline() returned non-string");
  Str* s = line.as<Str>();
  if (s->size_ == 0) return raise(&exc::EOFError, "EOF when reading a line");
  if (s->data_[s->size_ - 1] == '\n') return str_value(std::string_view(s->data_, s->size_ - 1));
  return line;
}

}  // namespace

void add_io_builtins(Dict* d) {
  add_function(d, "print", builtin_print);
  add_function(d, "input", builtin_input);
}

}  // namespace tr
