// str's trimming and padding: strip/lstrip/rstrip, center/ljust/rjust,
// zfill and expandtabs.
#include <cstring>

#include "objects/str_internal.h"
#include "objects/unicode_db.h"

namespace tr {
namespace {

// ---------------------------------------------------------------------------
// strip

enum class Side { Left = 1, Right = 2, Both = 3 };

// The common case, an ASCII text stripped of whitespace or of ASCII
// characters: a byte loop over a 128-bit set, no decoding, no allocation.
Value strip_ascii(Str* s, Str* chars, Side side) {
  uint64_t set[2] = {0, 0};
  if (chars) {
    for (size_t i = 0; i < chars->size_; ++i) {
      auto c = static_cast<unsigned char>(chars->data_[i]);
      set[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
  auto strippable = [&](unsigned char c) {
    return chars ? (set[c >> 6] >> (c & 63)) & 1 : is_ascii_space(c);
  };
  const char* d = s->data_;
  size_t b = 0, e = s->size_;
  if (static_cast<int>(side) & static_cast<int>(Side::Left)) {
    while (b < e && strippable(static_cast<unsigned char>(d[b]))) ++b;
  }
  if (static_cast<int>(side) & static_cast<int>(Side::Right)) {
    while (e > b && strippable(static_cast<unsigned char>(d[e - 1]))) --e;
  }
  if (b == 0 && e == s->size_) return str_exact(s);
  return Value::object(str_new_known({d + b, e - b}, e - b));
}

Value strip(const Value* args, size_t nargs, Tuple* kwnames, const char* qualname, Side side) {
  const char* name = str_method_name(qualname);
  if (!args_range(qualname, name, nargs - 1, kwnames, 0, 1)) return Value::null();
  Str* s = as_str(args[0]);
  Value chars = nargs > 1 ? args[1] : Value::none();
  if (!chars.is_none() && !is_str(chars))
    return raise(&exc::TypeError, "%s arg must be None or str", name);
  if (s->is_ascii() && (chars.is_none() || as_str(chars)->is_ascii()))
    return strip_ascii(s, chars.is_none() ? nullptr : as_str(chars), side);
  std::u32string set;
  if (!chars.is_none()) {
    Str* c = as_str(chars);
    for (size_t i = 0; i < c->size_;) {
      size_t len;
      set += utf8::decode(c->data_ + i, &len);
      i += len;
    }
  }
  auto strippable = [&](uint32_t cp) {
    if (chars.is_none()) return unicode::has(cp, unicode::kSpace);
    return set.find(static_cast<char32_t>(cp)) != std::u32string::npos;
  };
  std::string_view text = s->view();
  size_t b = 0, e = text.size(), len;
  if (static_cast<int>(side) & static_cast<int>(Side::Left)) {
    while (b < e && strippable(utf8::decode(text.data() + b, &len))) b += len;
  }
  if (static_cast<int>(side) & static_cast<int>(Side::Right)) {
    while (e > b && strippable(utf8::decode_before(text.data(), text.data() + e, &len)))
      e -= len;
  }
  if (b == 0 && e == text.size()) return str_exact(s);
  std::string_view part = text.substr(b, e - b);
  return Value::object(s->is_ascii() ? str_new_known(part, part.size()) : str_new(part));
}

Value str_strip(const Value* a, size_t n, Tuple* k) { return strip(a, n, k, "str.strip", Side::Both); }
Value str_lstrip(const Value* a, size_t n, Tuple* k) { return strip(a, n, k, "str.lstrip", Side::Left); }
Value str_rstrip(const Value* a, size_t n, Tuple* k) { return strip(a, n, k, "str.rstrip", Side::Right); }

// ---------------------------------------------------------------------------
// Padding

bool width_arg(Value v, int64_t* out) {
  if (!is_int(v) && !type_of(v)->index_) {
    raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    return false;
  }
  return arg_ssize(v, out);
}

Value pad(Str* s, int64_t left, int64_t right, Str* fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return str_exact(s);
  size_t count = static_cast<size_t>(left + right);
  if (count > kMaxStrBytes / fill->size_) return raise_memory_error();
  size_t bytes = s->size_ + count * fill->size_;
  Str* r = str_new_uninit(bytes, s->length_ + count, s->is_ascii() && fill->is_ascii());
  char* p = r->data_;
  for (int64_t i = 0; i < left; ++i, p += fill->size_) std::memcpy(p, fill->data_, fill->size_);
  std::memcpy(p, s->data_, s->size_);
  p += s->size_;
  for (int64_t i = 0; i < right; ++i, p += fill->size_) std::memcpy(p, fill->data_, fill->size_);
  str_finish(r);
  return Value::object(r);
}

enum class Align { Left, Right, Center };

Value justify(const Value* args, size_t nargs, Tuple* kwnames, const char* qualname,
              Align align) {
  const char* name = str_method_name(qualname);
  if (!args_range(qualname, name, nargs - 1, kwnames, 1, 2)) return Value::null();
  int64_t width;
  if (!width_arg(args[1], &width)) return Value::null();
  Str* fill = str_ascii_char(' ');
  if (nargs > 2) {
    if (!is_str(args[2]))
      return raise(&exc::TypeError, "The fill character must be a unicode character, not %s",
                   type_name_of(args[2]));
    fill = as_str(args[2]);
    if (fill->length_ != 1)
      return raise(&exc::TypeError, "The fill character must be exactly one character long");
  }
  Str* s = as_str(args[0]);
  int64_t margin = width - static_cast<int64_t>(s->length_);
  if (margin <= 0) return str_exact(s);
  switch (align) {
    case Align::Left: return pad(s, 0, margin, fill);
    case Align::Right: return pad(s, margin, 0, fill);
    case Align::Center: {
      // CPython's rounding: the odd extra space goes left when width is odd.
      int64_t left = margin / 2 + (margin & width & 1);
      return pad(s, left, margin - left, fill);
    }
  }
  return Value::null();
}

Value str_center(const Value* a, size_t n, Tuple* k) { return justify(a, n, k, "str.center", Align::Center); }
Value str_ljust(const Value* a, size_t n, Tuple* k) { return justify(a, n, k, "str.ljust", Align::Left); }
Value str_rjust(const Value* a, size_t n, Tuple* k) { return justify(a, n, k, "str.rjust", Align::Right); }

Value str_zfill(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("str.zfill", nargs - 1, kwnames)) return Value::null();
  int64_t width;
  if (!width_arg(args[1], &width)) return Value::null();
  Str* s = as_str(args[0]);
  int64_t margin = width - static_cast<int64_t>(s->length_);
  if (margin <= 0) return str_exact(s);
  Value padded = pad(s, margin, 0, str_ascii_char('0'));
  if (padded.is_null()) return padded;
  // A sign moves in front of the zeros: '-42' -> '-0042'.
  Str* r = as_str(padded);
  char c = r->data_[margin];
  if (c == '+' || c == '-') {
    r->data_[0] = c;
    r->data_[margin] = '0';
  }
  return padded;
}

Value str_expandtabs(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"tabsize"};
  Value a[1];
  if (!args_keywords("expandtabs", args + 1, nargs - 1, kwnames, kParams, 1, 0, a))
    return Value::null();
  int64_t tabsize = 8;
  if (!a[0].is_null()) {
    if (!is_int(a[0]) && !type_of(a[0])->index_)
      return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name_of(a[0]));
    Value i = to_index(a[0]);
    if (i.is_null()) return i;
    if (!int_to_i64(i, &tabsize) || tabsize != static_cast<int32_t>(tabsize))
      return raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  if (text.find('\t') == std::string_view::npos) return str_exact(s);
  std::string out;
  size_t column = 0, length = 0;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    size_t len = utf8::seq_len(static_cast<unsigned char>(c));
    if (c == '\t') {
      if (tabsize > 0) {
        size_t n = static_cast<size_t>(tabsize) - column % static_cast<size_t>(tabsize);
        if (out.size() + n > kMaxStrBytes) return raise_memory_error();
        out.append(n, ' ');
        column += n;
        length += n;
      }
    } else {
      out.append(text.substr(i, len));
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
      ++length;
    }
    i += len;
  }
  return Value::object(str_new_known(out, length));
}

const MethodDef kMethods[] = {
    {"strip", str_strip, 0},   {"lstrip", str_lstrip, 0}, {"rstrip", str_rstrip, 0},
    {"center", str_center, 0}, {"ljust", str_ljust, 0},   {"rjust", str_rjust, 0},
    {"zfill", str_zfill, 0},   {"expandtabs", str_expandtabs, 0},
};

}  // namespace

void str_add_pad_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
