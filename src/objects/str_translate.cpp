// str.translate and the static str.maketrans: character-by-character
// mapping through any subscriptable table (usually a dict of ordinals).
#include "objects/str_internal.h"

namespace tr {
namespace {

// table[cp] for translate: null with no error means "keep the character".
Value lookup(Value table, uint32_t cp) {
  Value key = Value::small_int(cp);
  if (table.is_object() && table.as_object()->cls_ == &dict_type) return dict_get(table.as<Dict>(), key);
  Value r = getitem(table, key);
  if (r.is_null() && error_matches(&exc::LookupError)) error_clear();
  return r;
}

Value str_translate(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("str.translate", nargs - 1, kwnames)) return Value::null();
  Str* s = as_str(args[0]);
  Value table = args[1];
  std::string out;
  out.reserve(s->size_);
  size_t length = 0;
  for (size_t i = 0; i < s->size_;) {
    size_t len;
    uint32_t cp = utf8::decode(s->data_ + i, &len);
    Value r = lookup(table, cp);
    if (r.is_null()) {
      if (error_pending()) return r;
      out.append(s->data_ + i, len);
      ++length;
    } else if (r.is_none()) {
      // deleted
    } else if (is_int(r)) {
      int64_t v;
      if (!int_to_i64(r, &v) || v < 0 || v > 0x10FFFF)
        return raise(&exc::ValueError, "character mapping must be in range(0x110000)");
      utf8::append(out, static_cast<uint32_t>(v));
      ++length;
    } else if (is_str(r)) {
      out += as_str(r)->view();
      length += as_str(r)->length_;
    } else {
      return raise(&exc::TypeError, "character mapping must return integer, None or str");
    }
    i += len;
  }
  return Value::object(str_new_known(out, length));
}

// maketrans(dict) / maketrans(from, to[, delete])
Value str_maketrans(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_range("str.maketrans", "maketrans", nargs, kwnames, 1, 3)) return Value::null();
  Dict* out = dict_new();
  if (nargs == 1) {
    if (!is_dict(args[0]))
      return raise(&exc::TypeError,
                   "if you give only one argument to maketrans it must be a dict");
    Dict* d = args[0].as<Dict>();
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (is_str(k)) {
        if (as_str(k)->length_ != 1)
          return raise(&exc::ValueError, "string keys in translate table must be of length 1");
        k = Value::small_int(str_code_point_at(as_str(k), 0));
      } else if (!is_int(k)) {
        return raise(&exc::TypeError, "keys in translate table must be strings or integers");
      }
      if (failed(dict_set(out, k, v))) return Value::null();
    }
    return Value::object(out);
  }
  if (!is_str(args[0]))
    return raise(&exc::TypeError,
                 "first maketrans argument must be a string if there is a second argument");
  if (!arg_is_str(args[1], "maketrans", 2)) return Value::null();
  if (nargs > 2 && !arg_is_str(args[2], "maketrans", 3)) return Value::null();
  Str* from = as_str(args[0]);
  Str* to = as_str(args[1]);
  if (from->length_ != to->length_)
    return raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0, p = 0, q = 0; i < from->length_; ++i) {
    size_t a, b;
    uint32_t x = utf8::decode(from->data_ + p, &a);
    uint32_t y = utf8::decode(to->data_ + q, &b);
    p += a;
    q += b;
    if (failed(dict_set(out, Value::small_int(x), Value::small_int(y)))) return Value::null();
  }
  if (nargs > 2) {
    Str* del = as_str(args[2]);
    for (size_t p = 0; p < del->size_;) {
      size_t a;
      uint32_t x = utf8::decode(del->data_ + p, &a);
      p += a;
      if (failed(dict_set(out, Value::small_int(x), Value::none()))) return Value::null();
    }
  }
  return Value::object(out);
}

const MethodDef kMethods[] = {
    {"translate", str_translate, 0},
    {"maketrans", str_maketrans, kNativeStaticMethod},
};

}  // namespace

void str_add_translate_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
