// The built-in codecs (utf-8, ascii, latin-1) with CPython's error handlers
// (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// surrogateescape, surrogatepass), and str.encode. bytes.decode, str(b, enc)
// and bytes(s, enc) come through codec_encode/codec_decode.
#include <cstring>

#include "objects/str_internal.h"

namespace tr {
namespace {

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRef,
                     SurrogateEscape, SurrogatePass, Unknown };

Handler handler_of(std::string_view errors) {
  if (errors == "strict") return Handler::Strict;
  if (errors == "ignore") return Handler::Ignore;
  if (errors == "replace") return Handler::Replace;
  if (errors == "backslashreplace") return Handler::BackslashReplace;
  if (errors == "xmlcharrefreplace") return Handler::XmlCharRef;
  if (errors == "surrogateescape") return Handler::SurrogateEscape;
  if (errors == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

// An unknown handler name only matters once an error happens (as in CPython).
Value unknown_handler(std::string_view errors) {
  return raise(&exc::LookupError, "unknown error handler name '%.*s'",
               static_cast<int>(errors.size()), errors.data());
}

Value raise_unicode_error(Type* t, const char* codec, Value object, size_t start, size_t end,
                          const char* reason) {
  Tuple* args = tuple_pack({str_value(codec), object, Value::small_int(static_cast<int64_t>(start)),
                            Value::small_int(static_cast<int64_t>(end)), str_value(reason)});
  Value e = exception_new(t, args);
  if (e.is_null()) return e;
  return raise_value(e);
}

void append_hex_escape(std::string& out, uint32_t cp) {
  char buf[16];
  if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  out += buf;
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// ---------------------------------------------------------------------------
// Encoding: every codec walks code points; `limit` is 128 (ascii), 256
// (latin-1) or 0 (utf-8, where only surrogates fail).

Value encode(Str* s, const char* codec, uint32_t limit, std::string_view errors) {
  std::u32string cps;
  cps.reserve(s->length_);
  for (size_t i = 0; i < s->size_;) {
    size_t len;
    cps += utf8::decode(s->data_ + i, &len);
    i += len;
  }
  auto bad = [&](uint32_t cp) { return limit ? cp >= limit : is_surrogate(cp); };
  const char* reason = limit == 128 ? "ordinal not in range(128)"
                       : limit == 256 ? "ordinal not in range(256)"
                                      : "surrogates not allowed";
  Handler h = handler_of(errors);
  std::string out;
  out.reserve(s->size_);
  for (size_t i = 0; i < cps.size();) {
    uint32_t cp = cps[i];
    if (!bad(cp)) {
      if (limit) out += static_cast<char>(cp);
      else utf8::append(out, cp);
      ++i;
      continue;
    }
    size_t end = i;
    while (end < cps.size() && bad(cps[end])) ++end;
    switch (h) {
      case Handler::Strict:
        return raise_unicode_error(&exc::UnicodeEncodeError, codec, Value::object(s), i, end,
                                   reason);
      case Handler::Unknown: return unknown_handler(errors);
      case Handler::Ignore: break;
      case Handler::Replace: out.append(end - i, '?'); break;
      case Handler::BackslashReplace:
        for (size_t k = i; k < end; ++k) append_hex_escape(out, cps[k]);
        break;
      case Handler::XmlCharRef:
        for (size_t k = i; k < end; ++k) out += "&#" + std::to_string(cps[k]) + ";";
        break;
      case Handler::SurrogateEscape:
        for (size_t k = i; k < end; ++k) {
          if (cps[k] < 0xDC80 || cps[k] > 0xDCFF)
            return raise_unicode_error(&exc::UnicodeEncodeError, codec, Value::object(s), k,
                                       k + 1, reason);
          out += static_cast<char>(cps[k] - 0xDC00);
        }
        break;
      case Handler::SurrogatePass:
        if (limit)
          return raise_unicode_error(&exc::UnicodeEncodeError, codec, Value::object(s), i,
                                     end, reason);
        for (size_t k = i; k < end; ++k) utf8::append(out, cps[k]);
        break;
    }
    i = end;
  }
  return Value::object(bytes_new(out));
}

// ---------------------------------------------------------------------------
// UTF-8 decoding with CPython's error ranges: a lead byte and the valid
// continuation bytes after it form the error span.

struct Utf8Error {
  size_t end;          // exclusive
  const char* reason;  // null: no error
};

// Validates the sequence at data[i]; on success *cp and *len are set.
Utf8Error check_utf8(std::string_view data, size_t i, uint32_t* cp, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  unsigned char c = b(i);
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {i + 1, "invalid start byte"};
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= data.size()) return {data.size(), "unexpected end of data"};
    unsigned char x = b(i + k);
    bool ok = k == 1 ? (x >= lo && x <= hi) : (x >= 0x80 && x <= 0xBF);
    if (!ok) return {i + k, "invalid continuation byte"};
  }
  *len = need + 1;
  *cp = utf8::decode(data.data() + i, len);
  return {0, nullptr};
}

Value decode_utf8(std::string_view data, std::string_view errors) {
  Handler h = Handler::Strict;
  bool checked = false;
  std::string out;
  out.reserve(data.size());
  size_t length = 0;
  for (size_t i = 0; i < data.size();) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      ++length;
      continue;
    }
    uint32_t cp;
    size_t len;
    Utf8Error err = check_utf8(data, i, &cp, &len);
    if (!err.reason) {
      out.append(data.substr(i, len));
      i += len;
      ++length;
      continue;
    }
    if (!checked) {
      h = handler_of(errors);
      checked = true;
    }
    // surrogatepass accepts the WTF-8 form of a lone surrogate.
    if (h == Handler::SurrogatePass && c == 0xED && i + 2 < data.size() &&
        static_cast<unsigned char>(data[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(data[i + 1]) <= 0xBF &&
        utf8::is_continuation(static_cast<unsigned char>(data[i + 2]))) {
      out.append(data.substr(i, 3));
      i += 3;
      ++length;
      continue;
    }
    switch (h) {
      case Handler::Strict:
      case Handler::XmlCharRef:
      case Handler::SurrogatePass:
        return raise_unicode_error(&exc::UnicodeDecodeError, "utf-8",
                                   Value::object(bytes_new(data)), i, err.end, err.reason);
      case Handler::Unknown: return unknown_handler(errors);
      case Handler::Ignore: break;
      case Handler::Replace: utf8::append(out, 0xFFFD); ++length; break;
      case Handler::BackslashReplace:
        for (size_t k = i; k < err.end; ++k) {
          append_hex_escape(out, static_cast<unsigned char>(data[k]));
          length += 4;
        }
        break;
      case Handler::SurrogateEscape:
        for (size_t k = i; k < err.end; ++k) {
          utf8::append(out, 0xDC00 + static_cast<unsigned char>(data[k]));
          ++length;
        }
        break;
    }
    i = err.end;
  }
  return Value::object(str_new_known(out, length));
}

// ascii and latin-1: one byte, one code point.
Value decode_single_byte(std::string_view data, std::string_view errors, bool ascii) {
  std::string out;
  out.reserve(data.size());
  size_t length = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80 || !ascii) {
      utf8::append(out, c);
      ++length;
      continue;
    }
    switch (handler_of(errors)) {
      case Handler::Strict:
      case Handler::XmlCharRef:
      case Handler::SurrogatePass:
        return raise_unicode_error(&exc::UnicodeDecodeError, "ascii",
                                   Value::object(bytes_new(data)), i, i + 1,
                                   "ordinal not in range(128)");
      case Handler::Unknown: return unknown_handler(errors);
      case Handler::Ignore: break;
      case Handler::Replace: utf8::append(out, 0xFFFD); ++length; break;
      case Handler::BackslashReplace: append_hex_escape(out, c); length += 4; break;
      case Handler::SurrogateEscape: utf8::append(out, 0xDC00 + c); ++length; break;
    }
  }
  return Value::object(str_new_known(out, length));
}

// ---------------------------------------------------------------------------
// str.encode(encoding='utf-8', errors='strict')

Value str_encode(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"encoding", "errors"};
  Value a[2];
  if (!args_keywords("encode", args + 1, nargs - 1, kwnames, kParams, 2, 0, a))
    return Value::null();
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_null() && !is_str(a[i]))
      return raise(&exc::TypeError, "encode() argument '%s' must be str, not %s", kParams[i],
                   type_name_of(a[i]));
  }
  std::string_view enc = a[0].is_null() ? "utf-8" : as_str(a[0])->view();
  std::string_view errors = a[1].is_null() ? "strict" : as_str(a[1])->view();
  return codec_encode(as_str(args[0]), enc, errors);
}

const MethodDef kMethods[] = {
    {"encode", str_encode, 0},
};

}  // namespace

const char* codec_lookup(std::string_view name) {
  std::string n;
  for (char c : name) {
    if (c == '-' || c == ' ') n += '_';
    else n += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  static const char* const kUtf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2",
                                      "utf8_ucs4"};
  static const char* const kAscii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968",
                                       "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                                       "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6"};
  static const char* const kLatin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1",
                                        "iso8859_1", "8859", "cp819", "iso_ir_100",
                                        "csisolatin1", "ibm819", "iso_8859_1_1987"};
  for (const char* a : kUtf8) if (n == a) return "utf-8";
  for (const char* a : kAscii) if (n == a) return "ascii";
  for (const char* a : kLatin1) if (n == a) return "latin-1";
  raise(&exc::LookupError, "unknown encoding: %.*s", static_cast<int>(name.size()), name.data());
  return nullptr;
}

Value codec_encode(Str* s, std::string_view encoding, std::string_view errors) {
  const char* codec = codec_lookup(encoding);
  if (!codec) return Value::null();
  if (codec[0] == 'u') {
    // Valid UTF-8 without surrogates encodes as itself.
    if (s->is_ascii() || s->view().find('\xED') == std::string_view::npos)
      return Value::object(bytes_new(s->view()));
    return encode(s, codec, 0, errors);
  }
  if (s->is_ascii()) return Value::object(bytes_new(s->view()));
  return encode(s, codec, codec[0] == 'a' ? 128 : 256, errors);
}

Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  const char* codec = codec_lookup(encoding);
  if (!codec) return Value::null();
  if (codec[0] == 'u') return decode_utf8(data, errors);
  return decode_single_byte(data, errors, codec[0] == 'a');
}

void str_add_codec_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
