// SyntaxError (and IndentationError, TabError): SyntaxError(msg, (filename,
// lineno, offset, text[, end_lineno, end_offset])) with those attributes, and
// the "invalid syntax (f.py, line 3)" str the compiler's errors print.
#include <string>

#include "objects/exceptions_internal.h"

namespace tr {
namespace {

constexpr uint32_t kMsg = 0, kFilename = 1, kLineno = 2, kOffset = 3, kText = 4, kEndLineno = 5,
                   kEndOffset = 6, kPrintFileAndLine = 7;

Status syntax_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(base_exception_init(self, args, nargs, kwnames))) return Status::Error;
  if (nargs >= 1) exc_set_field(self, kMsg, args[0]);
  if (nargs != 2) return Status::Ok;
  Value info = call1(Value::object(&tuple_type), args[1]);
  if (info.is_null()) return Status::Error;
  Tuple* t = info.as<Tuple>();
  if (t->size_ < 4)
    return raise_status(&exc::TypeError, "function takes at least 4 arguments (%zu given)",
                        t->size_);
  if (t->size_ > 6)
    return raise_status(&exc::TypeError, "function takes at most 6 arguments (%zu given)",
                        t->size_);
  static const uint32_t kOrder[] = {kFilename, kLineno, kOffset, kText, kEndLineno, kEndOffset};
  for (size_t i = 0; i < t->size_; ++i) exc_set_field(self, kOrder[i], t->items_[i]);
  return Status::Ok;
}

// The last path component: tracebacks print "f.py", not "/a/b/f.py".
std::string_view basename(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

Value syntax_error_str(Value self) {
  Value msg = str(exc_or_none(exc_field(self, kMsg)));
  if (msg.is_null()) return msg;
  Value file = exc_field(self, kFilename);
  Value line = exc_field(self, kLineno);
  bool have_file = !file.is_null() && is_exact_str(file);
  // bool is not an exact int, so lineno=True prints no line (as CPython).
  bool have_line = !line.is_null() && is_exact_int(line);
  if (!have_file && !have_line) return msg;
  std::string s(msg.as<Str>()->view());
  s += " (";
  if (have_file) {
    s += basename(file.as<Str>()->view());
    if (have_line) s += ", line ";
  } else {
    s += "line ";
  }
  if (have_line) {
    int64_t n;
    s += int_to_i64(line, &n) ? std::to_string(n) : std::string("-1");
  }
  s += ')';
  return str_value(s);
}

}  // namespace

const ExcFamily kFamilySyntax = {8,
                                 [](Type* t) {
                                   t->init_ = syntax_error_init;
                                   t->str_ = syntax_error_str;
                                 },
                                 [](Type* t) {
                                   add_field_property(t, "msg", kMsg);
                                   add_field_property(t, "filename", kFilename);
                                   add_field_property(t, "lineno", kLineno);
                                   add_field_property(t, "offset", kOffset);
                                   add_field_property(t, "text", kText);
                                   add_field_property(t, "end_lineno", kEndLineno);
                                   add_field_property(t, "end_offset", kEndOffset);
                                   add_field_property(t, "print_file_and_line", kPrintFileAndLine);
                                 }};

}  // namespace tr
