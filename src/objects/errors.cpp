// The pending exception and the raise helpers of errors.h. Tauraro runs one
// interpreter thread, so the pending exception is a single root.
#include "objects/errors.h"

#include <cstdio>
#include <string>

#include "objects/objects.h"

namespace tr {
namespace {

Value g_pending;  // an exception instance, or null

void scan_pending(Tracer& t, void*) { t.visit(g_pending); }

struct PendingRoot {
  PendingRoot() { gc::add_root_scanner(scan_pending, nullptr); }
};
PendingRoot g_pending_root;

std::string vformat(const char* fmt, va_list ap) {
  char buf[512];
  va_list copy;
  va_copy(copy, ap);
  int n = std::vsnprintf(buf, sizeof buf, fmt, copy);
  va_end(copy);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, n);
  std::string big(n + 1, '\0');
  std::vsnprintf(big.data(), big.size(), fmt, ap);
  big.resize(n);
  return big;
}

}  // namespace

Value raise_str(Type* t, Str* message) {
  Value e = exception_new(t, tuple_pack({Value::object(message)}));
  if (!e.is_null()) g_pending = e;
  return Value::null();
}

Value raise(Type* t, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vformat(fmt, ap);
  va_end(ap);
  return raise_str(t, str_new(msg));
}

Status raise_status(Type* t, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vformat(fmt, ap);
  va_end(ap);
  raise_str(t, str_new(msg));
  return Status::Error;
}

Value raise_value(Value exc_or_type) {
  Value e = exc_or_type;
  if (is_exception_class(e)) {
    e = call0(e);
    if (e.is_null()) return e;
    if (!is_exception_instance(e))
      return raise(&exc::TypeError,
                   "calling %s should have returned an instance of BaseException, not %s",
                   repr_utf8(exc_or_type).c_str(), type_name_of(e));
  } else if (!is_exception_instance(e)) {
    return raise(&exc::TypeError, "exceptions must derive from BaseException");
  }
  g_pending = e;
  return Value::null();
}

Value raise_key_error(Value key) {
  Value e = exception_new(&exc::KeyError, tuple_pack({key}));
  if (!e.is_null()) g_pending = e;
  return Value::null();
}

Value raise_stop_iteration(Value value) {
  Tuple* args = value.is_null() || value.is_none() ? tuple_empty() : tuple_pack({value});
  Value e = exception_new(&exc::StopIteration, args);
  if (!e.is_null()) g_pending = e;
  return Value::null();
}

Value raise_memory_error() {
  Value e = exception_new(&exc::MemoryError, tuple_empty());
  if (!e.is_null()) g_pending = e;
  return Value::null();
}

bool error_pending() { return !g_pending.is_null(); }

Value error_fetch() {
  Value e = g_pending;
  g_pending = Value::null();
  return e;
}

void error_restore(Value exc) { g_pending = exc; }

bool error_matches(const Type* t) {
  return !g_pending.is_null() && is_subtype(type_of(g_pending), t);
}

void error_clear() { g_pending = Value::null(); }

Value error_peek() { return g_pending; }

}  // namespace tr
