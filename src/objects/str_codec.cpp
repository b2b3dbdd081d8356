// The built-in codecs (utf-8, utf-16, utf-32, ascii, latin-1) with CPython's error handlers
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
            return raise_unicode_error(&exc::UnicodeEncodeError, codec, Value::object(s), i,
                                       end, reason);
        }
        for (size_t k = i; k < end; ++k) out += static_cast<char>(cps[k] - 0xDC00);
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
// UTF-16 and UTF-32: `unit` is 2 or 4 bytes; plain "utf-16"/"utf-32" write a
// little-endian BOM and read either BOM (little-endian without one).

struct Wide {
  int unit;
  bool big;  // byte order (after any BOM)
  bool bom;  // "utf-16"/"utf-32": BOM written / detected
};

Wide wide_of(const char* codec) {
  std::string_view c = codec;
  Wide w{c.starts_with("utf-16") ? 2 : 4, c.ends_with("-be"), !c.ends_with("-le") && !c.ends_with("-be")};
  return w;
}

void put_unit(std::string& out, uint32_t v, const Wide& w) {
  for (int i = 0; i < w.unit; ++i) {
    int shift = w.big ? (w.unit - 1 - i) * 8 : i * 8;
    out += static_cast<char>((v >> shift) & 0xFF);
  }
}

Value encode_wide(Str* s, const char* codec, std::string_view errors) {
  Wide w = wide_of(codec);
  std::u32string cps;
  for (size_t i = 0; i < s->size_;) {
    size_t len;
    cps += utf8::decode(s->data_ + i, &len);
    i += len;
  }
  std::string out;
  if (w.bom) put_unit(out, 0xFEFF, w);
  auto put = [&](uint32_t cp) {
    if (w.unit == 4 || cp < 0x10000) {
      put_unit(out, cp, w);
    } else {
      put_unit(out, 0xD800 + ((cp - 0x10000) >> 10), w);
      put_unit(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), w);
    }
  };
  for (size_t i = 0; i < cps.size();) {
    if (!is_surrogate(cps[i])) {
      put(cps[i++]);
      continue;
    }
    size_t end = i;
    while (end < cps.size() && is_surrogate(cps[end])) ++end;
    switch (handler_of(errors)) {
      case Handler::Ignore: break;
      case Handler::Replace: for (size_t k = i; k < end; ++k) put('?'); break;
      case Handler::SurrogatePass: for (size_t k = i; k < end; ++k) put_unit(out, cps[k], w); break;
      case Handler::BackslashReplace:
      case Handler::XmlCharRef: {
        std::string esc;
        for (size_t k = i; k < end; ++k) {
          if (handler_of(errors) == Handler::XmlCharRef) esc += "&#" + std::to_string(cps[k]) + ";";
          else append_hex_escape(esc, cps[k]);
        }
        for (char c : esc) put(static_cast<unsigned char>(c));
        break;
      }
      case Handler::Unknown: return unknown_handler(errors);
      default:
        return raise_unicode_error(&exc::UnicodeEncodeError, codec, Value::object(s), i, end,
                                   "surrogates not allowed");
    }
    i = end;
  }
  return Value::object(bytes_new(out));
}

Value decode_wide(std::string_view data, const char* codec, std::string_view errors) {
  Wide w = wide_of(codec);
  auto unit_at = [&](size_t pos) {
    uint32_t v = 0;
    for (int i = 0; i < w.unit; ++i) {
      auto b = static_cast<unsigned char>(data[pos + i]);
      v |= static_cast<uint32_t>(b) << (w.big ? (w.unit - 1 - i) * 8 : i * 8);
    }
    return v;
  };
  size_t pos = 0;
  if (w.bom && data.size() >= static_cast<size_t>(w.unit)) {
    w.big = false;
    if (unit_at(0) == 0xFEFF) pos = w.unit;
    else {
      w.big = true;
      if (unit_at(0) == 0xFEFF) pos = w.unit;
      else w.big = false;
    }
  }
  // Errors name the byte order actually used: 'utf-16-le' for "utf-16".
  std::string name = codec;
  if (w.bom) name += w.big ? "-be" : "-le";
  std::string out;
  size_t length = 0;
  auto unit = static_cast<size_t>(w.unit);
  while (pos < data.size()) {
    const char* reason = nullptr;
    size_t end = pos + unit;
    if (pos + unit > data.size()) {
      reason = "truncated data";
      end = data.size();
    } else if (w.unit == 4) {
      uint32_t cp = unit_at(pos);
      if (cp > 0x10FFFF) reason = "code point not in range(0x110000)";
      else if (is_surrogate(cp)) reason = "code point in surrogate code point range(0xd800, 0xe000)";
      else { utf8::append(out, cp); ++length; pos = end; continue; }
    } else {
      uint32_t u = unit_at(pos);
      if (!is_surrogate(u)) { utf8::append(out, u); ++length; pos = end; continue; }
      if (u >= 0xDC00) {
        reason = "illegal encoding";
      } else if (pos + 4 > data.size()) {
        reason = "unexpected end of data";
        end = data.size();
      } else {
        uint32_t lo = unit_at(pos + 2);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          utf8::append(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
          ++length;
          pos += 4;
          continue;
        }
        reason = "illegal UTF-16 surrogate";
      }
    }
    switch (handler_of(errors)) {
      case Handler::Ignore: break;
      case Handler::Replace: utf8::append(out, 0xFFFD); ++length; break;
      case Handler::BackslashReplace:
        for (size_t k = pos; k < end; ++k) {
          append_hex_escape(out, static_cast<unsigned char>(data[k]));
          length += 4;
        }
        break;
      case Handler::Unknown: return unknown_handler(errors);
      case Handler::SurrogateEscape: {
        // Escapes the leading non-ASCII bytes of the span and resumes after them.
        size_t k = pos;
        while (k < end && static_cast<unsigned char>(data[k]) >= 0x80) {
          utf8::append(out, 0xDC00 + static_cast<unsigned char>(data[k++]));
          ++length;
        }
        if (k > pos) {
          pos = k;
          continue;
        }
        [[fallthrough]];
      }
      default:
        return raise_unicode_error(&exc::UnicodeDecodeError, name.c_str(),
                                   Value::object(bytes_new(data)), pos, end, reason);
    }
    pos = end;
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
  // Wide forms: utf_16, utf16, u16, utf_16_le, utf_16le, ... (and 32).
  for (const char* bits : {"16", "32"}) {
    std::string b = bits;
    bool is16 = b == "16";
    if (n == "utf_" + b || n == "utf" + b || n == "u" + b) return is16 ? "utf-16" : "utf-32";
    if (n == "utf_" + b + "_le" || n == "utf_" + b + "le" || n == "utf" + b + "le")
      return is16 ? "utf-16-le" : "utf-32-le";
    if (n == "utf_" + b + "_be" || n == "utf_" + b + "be" || n == "utf" + b + "be")
      return is16 ? "utf-16-be" : "utf-32-be";
  }
  for (const char* a : kAscii) if (n == a) return "ascii";
  for (const char* a : kLatin1) if (n == a) return "latin-1";
  raise(&exc::LookupError, "unknown encoding: %.*s", static_cast<int>(name.size()), name.data());
  return nullptr;
}

Value codec_encode(Str* s, std::string_view encoding, std::string_view errors) {
  const char* codec = codec_lookup(encoding);
  if (!codec) return Value::null();
  if (codec[3] == '-' && codec[4] != '8') return encode_wide(s, codec, errors);
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
  if (codec[3] == '-' && codec[4] != '8') return decode_wide(data, codec, errors);
  if (codec[0] == 'u') return decode_utf8(data, errors);
  return decode_single_byte(data, errors, codec[0] == 'a');
}

void str_add_codec_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
