// OSError and its errno-named subclasses: OSError(errno, strerror[, filename
// [, winerror[, filename2]]]) sets the attributes, keeps args to the first two,
// and OSError(ENOENT, ...) builds a FileNotFoundError, as CPython does.
#include <cerrno>

#include "objects/exceptions_internal.h"

namespace tr {
namespace {

// Field indices
constexpr uint32_t kErrno = 0, kStrerror = 1, kFilename = 2, kFilename2 = 3, kWritten = 4;

Type* subclass_for_errno(int64_t e) {
  switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
      return &exc::BlockingIOError;
    case ECHILD:
      return &exc::ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return &exc::BrokenPipeError;
    case ECONNABORTED:
      return &exc::ConnectionAbortedError;
    case ECONNREFUSED:
      return &exc::ConnectionRefusedError;
    case ECONNRESET:
      return &exc::ConnectionResetError;
    case EEXIST:
      return &exc::FileExistsError;
    case ENOENT:
      return &exc::FileNotFoundError;
    case EISDIR:
      return &exc::IsADirectoryError;
    case ENOTDIR:
      return &exc::NotADirectoryError;
    case EINTR:
      return &exc::InterruptedError;
    case EACCES:
    case EPERM:
      return &exc::PermissionError;
    case ESRCH:
      return &exc::ProcessLookupError;
    case ETIMEDOUT:
      return &exc::TimeoutError;
    default:
      return nullptr;
  }
}

Value os_error_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames);
Status os_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// A subclass that defines __init__ (but not __new__) gets its attributes
// from __init__; every other class has them set by __new__.
bool uses_init(const Type* t) {
  return t->init_ != os_error_init && t->new_ == os_error_new;
}

// Sets the attributes from 2..5 positional arguments; other counts leave
// them unset and args as given.
void parse_into(Value self, const Value* args, size_t nargs) {
  if (nargs < 2 || nargs > 5) return;
  Value filename = nargs > 2 ? args[2] : Value::null();
  Value filename2 = nargs > 4 ? args[4] : Value::null();  // args[3]: winerror
  if (!filename.is_null() && !filename.is_none()) {
    int64_t written;
    if (type_of(self) == &exc::BlockingIOError && is_int(filename) &&
        int_to_i64(filename, &written)) {
      exc_set_field(self, kWritten, filename);
    } else {
      exc_set_field(self, kFilename, filename);
      if (!filename2.is_null() && !filename2.is_none()) exc_set_field(self, kFilename2, filename2);
      exc_set_args(self, tuple_pack({args[0], args[1]}));
    }
  }
  exc_set_field(self, kErrno, args[0]);
  exc_set_field(self, kStrerror, args[1]);
}

Value os_error_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  bool by_new = !uses_init(cls);
  if (by_new) {
    if (!exc_no_keywords(cls, kwnames)) return Value::null();
    int64_t e;
    if (cls == &exc::OSError && nargs >= 2 && nargs <= 5 && is_int(args[0]) &&
        int_to_i64(args[0], &e)) {
      if (Type* sub = subclass_for_errno(e)) cls = sub;
    }
  }
  Value self = base_exception_new(cls, args, by_new ? nargs : 0, nullptr);
  if (self.is_null()) return self;
  if (by_new) parse_into(self, args, nargs);
  return self;
}

Status os_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!uses_init(type_of(self))) return Status::Ok;  // __new__ did everything
  if (!exc_no_keywords(type_of(self), kwnames)) return Status::Error;
  Tuple* a = nargs ? tuple_new(nargs) : tuple_empty();
  for (size_t i = 0; i < nargs; ++i) a->items_[i] = args[i];
  exc_set_args(self, a);
  parse_into(self, args, nargs);
  return Status::Ok;
}

// "[Errno 2] No such file or directory: 'x'" (and "... 'a' -> 'b'")
Value os_error_str(Value self) {
  Value err = exc_field(self, kErrno), msg = exc_field(self, kStrerror);
  Value file = exc_field(self, kFilename), file2 = exc_field(self, kFilename2);
  if (file.is_null() && (err.is_null() || msg.is_null())) return base_exception_str(self);
  Value err_s = str(exc_or_none(err));
  if (err_s.is_null()) return err_s;
  Value msg_s = str(exc_or_none(msg));
  if (msg_s.is_null()) return msg_s;
  std::string s = "[Errno ";
  s += err_s.as<Str>()->view();
  s += "] ";
  s += msg_s.as<Str>()->view();
  if (!file.is_null()) {
    Value r = repr(file);
    if (r.is_null()) return r;
    s += ": ";
    s += r.as<Str>()->view();
    if (!file2.is_null()) {
      Value r2 = repr(file2);
      if (r2.is_null()) return r2;
      s += " -> ";
      s += r2.as<Str>()->view();
    }
  }
  return str_value(s);
}

// characters_written exists only once set (BlockingIOError(errno, msg, n)).
Value get_written(const Value* args, size_t, Tuple*) {
  Value w = exc_field(args[0], kWritten);
  if (w.is_null()) return raise(&exc::AttributeError, "characters_written");
  return w;
}
Value set_written(const Value* args, size_t, Tuple*) {
  Value n = to_index(args[1]);
  if (n.is_null()) return n;
  exc_set_field(args[0], kWritten, n);
  return Value::none();
}

}  // namespace

const ExcFamily kFamilyOS = {5,
                             [](Type* t) {
                               t->new_ = os_error_new;
                               t->init_ = os_error_init;
                               t->str_ = os_error_str;
                             },
                             [](Type* t) {
                               add_field_property(t, "errno", kErrno);
                               add_field_property(t, "strerror", kStrerror);
                               add_field_property(t, "filename", kFilename);
                               add_field_property(t, "filename2", kFilename2);
                               add_property(t, "characters_written", get_written, set_written);
                             }};

}  // namespace tr
