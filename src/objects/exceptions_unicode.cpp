// UnicodeDecodeError(encoding, object, start, end, reason), UnicodeEncodeError
// (the same with a str object) and UnicodeTranslateError(object, start, end,
// reason): the codec errors and their "'utf-8' codec can't decode byte 0xff
// in position 0: invalid start byte" messages.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "objects/exceptions_internal.h"

namespace tr {
namespace {

constexpr uint32_t kEncoding = 0, kObject = 1, kStart = 2, kEnd = 3, kReason = 4;

enum class Kind { Decode, Encode, Translate };

bool expect_str(Value v, int position) {
  if (is_str(v)) return true;
  raise(&exc::TypeError, "argument %d must be str, not %s", position, type_name_of(v));
  return false;
}

// Parses the positional arguments as CPython's "UOnnU" / "UUnnU" / "UnnU"
// formats would, then stores the fields.
Status unicode_error_init(Kind kind, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(base_exception_init(self, args, nargs, kwnames))) return Status::Error;
  size_t want = kind == Kind::Translate ? 4 : 5;
  if (nargs != want)
    return raise_status(&exc::TypeError, "function takes exactly %zu arguments (%zu given)", want,
                        nargs);
  size_t i = 0;
  Value encoding = Value::none();
  if (kind != Kind::Translate) {
    encoding = args[i++];
    if (!expect_str(encoding, 1)) return Status::Error;
  }
  Value object = args[i++];
  if (kind != Kind::Decode && !expect_str(object, static_cast<int>(i))) return Status::Error;
  Value start = to_index(args[i++]);
  if (start.is_null()) return Status::Error;
  Value end = to_index(args[i++]);
  if (end.is_null()) return Status::Error;
  Value reason = args[i++];
  if (!expect_str(reason, static_cast<int>(i))) return Status::Error;
  if (kind == Kind::Decode) {
    Type* t = type_of(object);
    if (t == &bytearray_type)
      object = Value::object(bytes_new(object.as<ByteArray>()->view()));
    else if (t != &bytes_type && !is_subtype(t, &bytes_type))
      return raise_status(&exc::TypeError, "a bytes-like object is required, not '%s'",
                          type_name(t));
  }
  exc_set_field(self, kEncoding, encoding);
  exc_set_field(self, kObject, object);
  exc_set_field(self, kStart, start);
  exc_set_field(self, kEnd, end);
  exc_set_field(self, kReason, reason);
  return Status::Ok;
}

Status decode_init(Value self, const Value* a, size_t n, Tuple* kw) {
  return unicode_error_init(Kind::Decode, self, a, n, kw);
}
Status encode_init(Value self, const Value* a, size_t n, Tuple* kw) {
  return unicode_error_init(Kind::Encode, self, a, n, kw);
}
Status translate_init(Value self, const Value* a, size_t n, Tuple* kw) {
  return unicode_error_init(Kind::Translate, self, a, n, kw);
}

int64_t field_ssize(Value self, uint32_t i) {
  int64_t n = 0;
  Value v = exc_field(self, i);
  if (!v.is_null() && is_int(v)) int_to_i64(v, &n);
  return n;
}

// \xhh, \uhhhh or \Uhhhhhhhh: how the message shows one code point.
std::string escape_code_point(uint32_t cp) {
  char buf[16];
  if (cp <= 0xff)
    std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp <= 0xffff)
    std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

Value unicode_error_str(Kind kind, Value self) {
  Value object = exc_field(self, kObject);
  if (object.is_null()) return Value::object(str_empty());  // never initialised
  Value reason = str(exc_or_none(exc_field(self, kReason)));
  if (reason.is_null()) return reason;
  std::string s;
  if (kind != Kind::Translate) {
    Value encoding = str(exc_or_none(exc_field(self, kEncoding)));
    if (encoding.is_null()) return encoding;
    s += '\'';
    s += encoding.as<Str>()->view();
    s += "' codec ";
  }
  int64_t start = field_ssize(self, kStart), end = field_ssize(self, kEnd);
  int64_t size = 0;
  if (kind == Kind::Decode && is_bytes(object))
    size = object.as<Bytes>()->size_;
  else if (kind != Kind::Decode && is_str(object))
    size = object.as<Str>()->length_;
  const char* verb = kind == Kind::Decode   ? "decode"
                     : kind == Kind::Encode ? "encode"
                                            : "translate";
  char buf[96];
  if (start >= 0 && start < size && end == start + 1) {
    if (kind == Kind::Decode) {
      unsigned byte = static_cast<unsigned char>(object.as<Bytes>()->data_[start]);
      std::snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %" PRId64 ": ", byte,
                    start);
      s += buf;
    } else {
      uint32_t cp = str_code_point_at(object.as<Str>(), static_cast<size_t>(start));
      s += "can't ";
      s += verb;
      s += " character '" + escape_code_point(cp) + "' in position ";
      s += std::to_string(start) + ": ";
    }
  } else {
    std::snprintf(buf, sizeof buf, "can't %s %s in position %" PRId64 "-%" PRId64 ": ", verb,
                  kind == Kind::Decode ? "bytes" : "characters", start, end - 1);
    s += buf;
  }
  s += reason.as<Str>()->view();
  return str_value(s);
}

Value decode_str(Value self) {
  return unicode_error_str(Kind::Decode, self);
}
Value encode_str(Value self) {
  return unicode_error_str(Kind::Encode, self);
}
Value translate_str(Value self) {
  return unicode_error_str(Kind::Translate, self);
}

void add_unicode_members(Type* t) {
  add_field_property(t, "encoding", kEncoding);
  add_field_property(t, "object", kObject);
  add_field_property(t, "start", kStart);
  add_field_property(t, "end", kEnd);
  add_field_property(t, "reason", kReason);
}

}  // namespace

const ExcFamily kFamilyUnicodeDecode = {5,
                                        [](Type* t) {
                                          t->init_ = decode_init;
                                          t->str_ = decode_str;
                                        },
                                        add_unicode_members};
const ExcFamily kFamilyUnicodeEncode = {5,
                                        [](Type* t) {
                                          t->init_ = encode_init;
                                          t->str_ = encode_str;
                                        },
                                        add_unicode_members};
const ExcFamily kFamilyUnicodeTranslate = {5,
                                           [](Type* t) {
                                             t->init_ = translate_init;
                                             t->str_ = translate_str;
                                           },
                                           add_unicode_members};

}  // namespace tr
