// The small exception families with attributes of their own: SystemExit.code,
// StopIteration.value, KeyError's str, ImportError(msg, name=, path=),
// AttributeError(name=, obj=) and NameError(name=). Wired in by exceptions.def.
#include "objects/exceptions_internal.h"

namespace tr {
namespace {

// ---------------------------------------------------------------------------
// SystemExit: code is None, the one argument, or the args tuple.

Status system_exit_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(base_exception_init(self, args, nargs, kwnames))) return Status::Error;
  if (nargs == 1)
    exc_set_field(self, 0, args[0]);
  else if (nargs > 1)
    exc_set_field(self, 0, Value::object(exc_args(self)));
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// StopIteration: value is the first argument or None.

Status stop_iteration_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(base_exception_init(self, args, nargs, kwnames))) return Status::Error;
  exc_set_field(self, 0, nargs > 0 ? args[0] : Value::none());
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// KeyError: str(KeyError('k')) is "'k'" so that an empty-string key still
// shows up in a traceback.

Value key_error_str(Value self) {
  Tuple* a = exc_args(self);
  if (a->size_ == 1) return repr(a->items_[0]);
  return base_exception_str(self);
}

// ---------------------------------------------------------------------------
// ImportError: fields msg, name, path

Status import_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name", "path"};
  Value kw[2];
  if (!parse_exc_keywords("ImportError", args, nargs, kwnames, kNames, 2, kw)) return Status::Error;
  if (failed(base_exception_init(self, args, nargs, nullptr))) return Status::Error;
  exc_set_field(self, 0, nargs == 1 ? args[0] : Value::null());
  exc_set_field(self, 1, kw[0]);
  exc_set_field(self, 2, kw[1]);
  return Status::Ok;
}

Value import_error_str(Value self) {
  Value msg = exc_field(self, 0);
  if (msg.is_null()) return base_exception_str(self);
  if (!is_str(msg))
    return raise(&exc::TypeError, "__str__ returned non-string (type %s)", type_name_of(msg));
  return msg;
}

// ---------------------------------------------------------------------------
// AttributeError (name, obj) and NameError (name): keyword-only fields

Status attribute_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name", "obj"};
  Value kw[2];
  if (!parse_exc_keywords("AttributeError", args, nargs, kwnames, kNames, 2, kw))
    return Status::Error;
  if (failed(base_exception_init(self, args, nargs, nullptr))) return Status::Error;
  exc_set_field(self, 0, kw[0]);
  exc_set_field(self, 1, kw[1]);
  return Status::Ok;
}

Status name_error_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kNames[] = {"name"};
  Value kw[1];
  if (!parse_exc_keywords("NameError", args, nargs, kwnames, kNames, 1, kw)) return Status::Error;
  if (failed(base_exception_init(self, args, nargs, nullptr))) return Status::Error;
  exc_set_field(self, 0, kw[0]);
  return Status::Ok;
}

}  // namespace

// ---------------------------------------------------------------------------
// Family entries

const ExcFamily kFamilySystemExit = {1, [](Type* t) { t->init_ = system_exit_init; },
                                     [](Type* t) { add_field_property(t, "code", 0); }};

const ExcFamily kFamilyStopIteration = {1, [](Type* t) { t->init_ = stop_iteration_init; },
                                        [](Type* t) { add_field_property(t, "value", 0); }};

const ExcFamily kFamilyKeyError = {0, [](Type* t) { t->str_ = key_error_str; }, nullptr};

const ExcFamily kFamilyImport = {3,
                                 [](Type* t) {
                                   t->init_ = import_error_init;
                                   t->str_ = import_error_str;
                                 },
                                 [](Type* t) {
                                   add_field_property(t, "msg", 0);
                                   add_field_property(t, "name", 1);
                                   add_field_property(t, "path", 2);
                                 }};

const ExcFamily kFamilyAttribute = {2, [](Type* t) { t->init_ = attribute_error_init; },
                                    [](Type* t) {
                                      add_field_property(t, "name", 0);
                                      add_field_property(t, "obj", 1);
                                    }};

const ExcFamily kFamilyName = {1, [](Type* t) { t->init_ = name_error_init; },
                               [](Type* t) { add_field_property(t, "name", 0); }};

}  // namespace tr
