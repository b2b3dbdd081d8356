// Text builtins: chr, ord, repr, ascii and format — the conversions between
// values, code points and their printed forms.
#include <climits>

#include "builtins/builtins_internal.h"

namespace tr {
namespace {

Value builtin_chr(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("chr", kw) || !check_nargs("chr", nargs, 1, 1)) return Value::null();
  Value v = to_index(args[0]);
  if (v.is_null()) return v;
  int64_t cp;
  if (!int_to_i64(v, &cp) || cp < INT_MIN || cp > INT_MAX)
    return raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (cp < 0 || cp > 0x10FFFF) return raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  return Value::object(str_from_code_point(static_cast<uint32_t>(cp)));
}

Value builtin_ord(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("ord", kw) || !check_nargs("ord", nargs, 1, 1)) return Value::null();
  Value v = args[0];
  size_t len;
  if (is_str(v)) {
    Str* s = v.as<Str>();
    if (s->length_ == 1) return Value::small_int(str_code_point_at(s, 0));
    len = s->length_;
  } else if (isinstance_of(v, &bytes_type)) {
    Bytes* b = v.as<Bytes>();
    if (b->size_ == 1) return Value::small_int(static_cast<unsigned char>(b->data_[0]));
    len = b->size_;
  } else if (isinstance_of(v, &bytearray_type)) {
    ByteArray* b = v.as<ByteArray>();
    if (b->size_ == 1) return Value::small_int(static_cast<unsigned char>(b->data_[0]));
    len = b->size_;
  } else {
    return raise(&exc::TypeError, "ord() expected string of length 1, but %s found",
                 type_name_of(v));
  }
  return raise(&exc::TypeError, "ord() expected a character, but string of length %zu found", len);
}

Value builtin_repr(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("repr", kw) || !check_nargs("repr", nargs, 1, 1)) return Value::null();
  return repr(args[0]);
}

Value builtin_ascii(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("ascii", kw) || !check_nargs("ascii", nargs, 1, 1)) return Value::null();
  return ascii(args[0]);
}

Value builtin_format(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {nullptr, nullptr};
  Value a[2];
  if (!check_no_kwargs("format", kw) || !check_nargs("format", nargs, 1, 2) ||
      !parse_args("format", args, nargs, kw, kNames, 2, 1, a))
    return Value::null();
  Str* spec = str_empty();
  if (!a[1].is_null()) {
    if (!is_str(a[1]))
      return raise(&exc::TypeError, "format() argument 2 must be str, not %s", type_name_of(a[1]));
    spec = a[1].as<Str>();
  }
  return format(a[0], spec);
}

}  // namespace

void add_text_builtins(Dict* d) {
  add_function(d, "chr", builtin_chr);
  add_function(d, "ord", builtin_ord);
  add_function(d, "repr", builtin_repr);
  add_function(d, "ascii", builtin_ascii);
  add_function(d, "format", builtin_format);
}

}  // namespace tr
