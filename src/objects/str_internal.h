// Internals shared by the str_*.cpp files (and bytes, for codecs): UTF-8
// walking, the code-point index of long non-ASCII strings, and the hooks by
// which each str_*.cpp file adds its methods to str_type.
#pragma once
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "objects/objects.h"

namespace tr {

// aux_ bit (private to str): a code-point index follows the text (str.cpp).
constexpr uint32_t kStrIndexed = 1u << 2;

// ---------------------------------------------------------------------------
// UTF-8 over text the runtime produced itself (valid WTF-8: no checks).
namespace utf8 {

inline size_t seq_len(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}
inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the code point at p, storing its byte length in *len.
inline uint32_t decode(const char* p, size_t* len) {
  auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) { *len = 1; return b0; }
  if (b0 < 0xE0) {
    *len = 2;
    return ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(p[1]) & 0x3Fu);
  }
  if (b0 < 0xF0) {
    *len = 3;
    return ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(p[1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(p[2]) & 0x3Fu);
  }
  *len = 4;
  return ((b0 & 0x07u) << 18) | ((static_cast<unsigned char>(p[1]) & 0x3Fu) << 12) |
         ((static_cast<unsigned char>(p[2]) & 0x3Fu) << 6) |
         (static_cast<unsigned char>(p[3]) & 0x3Fu);
}

// The code point ending just before p (p > start), with its byte length.
inline uint32_t decode_before(const char* start, const char* p, size_t* len) {
  const char* q = p - 1;
  while (q > start && is_continuation(static_cast<unsigned char>(*q))) --q;
  return decode(q, len);
}

// Writes cp (surrogates too, as WTF-8) to out; returns the byte count (1-4).
inline size_t encode(uint32_t cp, char* out) {
  if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}
inline void append(std::string& out, uint32_t cp) {
  char buf[4];
  out.append(buf, encode(cp, buf));
}

// Number of code points in valid UTF-8.
size_t count(std::string_view s);

}  // namespace utf8

// ---------------------------------------------------------------------------
// Str helpers

inline Str* as_str(Value v) { return v.as<Str>(); }
// Texts past this many bytes raise MemoryError instead of being attempted
// (the heap aborts when the system refuses memory); Str's sizes are 32-bit.
constexpr size_t kMaxStrBytes = UINT32_MAX;
// A copy of s whose class is cls (a str subclass), for str.__new__.
Str* str_new_subtype(Type* cls, Str* s);
// Byte offset of code point `index` (0 <= index <= length_).
size_t str_offset_of(Str* s, size_t index);
// Builds the code-point index of a str filled after str_new_uninit (no-op
// for ASCII and short strings). str_new calls it itself.
void str_finish(Str* s);
// A Str from UTF-8 of known code-point length (skips the count).
Str* str_new_known(std::string_view utf8, size_t length);
// s[start:stop] in code points, shared when it is the whole string.
Str* str_substr(Str* s, size_t start, size_t stop);
// s itself when it is an exact str, else an exact copy (methods of str
// subclasses return plain str).
inline Value str_exact(Str* s) {
  if (s->cls_ == &str_type) return Value::object(s);
  return Value::object(str_new_known(s->view(), s->length_));
}
// Code-point index of byte offset `off` (a character boundary).
inline size_t str_index_of_offset(Str* s, size_t off) {
  return s->is_ascii() ? off : utf8::count({s->data_, off});
}
// text.find(pattern, pos), with a one-byte pattern searched by memchr alone
// (std::string_view::find calls memchr and then memcmp for each candidate).
inline size_t find_bytes(std::string_view text, std::string_view pattern, size_t pos = 0) {
  if (pattern.size() == 1) {
    if (pos >= text.size()) return std::string_view::npos;
    const void* p = std::memchr(text.data() + pos, pattern[0], text.size() - pos);
    return p ? static_cast<size_t>(static_cast<const char*>(p) - text.data())
             : std::string_view::npos;
  }
  return text.find(pattern, pos);
}
// The hash of str and bytes contents (never -1; 0 for empty, as CPython).
int64_t hash_data(const char* p, size_t n);
// Three-way code-point order.
int str_compare3(Str* a, Str* b);

// ---------------------------------------------------------------------------
// Argument checks with CPython's exact messages (str_args.cpp). str and bytes
// methods come from three generations of CPython's argument parsing, each
// with its own wording; `qualname` is "str.upper", `name` is "upper".

// ASCII whitespace as str.isspace() sees it.
inline bool is_ascii_space(unsigned char c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}
// "NAME" of a method's qualified name "str.NAME": shared helpers take the
// qualified name as a literal and quote either, without formatting per call.
inline const char* str_method_name(const char* qualname) { return qualname + 4; }

// METH_NOARGS: "str.upper() takes no arguments (1 given)".
bool args_none(const char* qualname, size_t nargs, Tuple* kwnames);
// METH_O: "str.join() takes exactly one argument (0 given)".
bool args_one(const char* qualname, size_t nargs, Tuple* kwnames);
// Positional-only clinic: "center expected at least 1 argument, got 0".
bool args_range(const char* qualname, const char* name, size_t nargs, Tuple* kwnames,
                size_t min, size_t max);
// Old-style tuple parsing: "find() takes at least 1 argument (0 given)".
bool args_old(const char* qualname, const char* name, size_t nargs, Tuple* kwnames,
              size_t min, size_t max);
// Clinic with keywords: binds args into out[0..nparams) (null = omitted);
// "'zz' is an invalid keyword argument for split()", "split() takes at most
// 2 arguments (3 given)", "argument for split() given by name ('sep') and
// position (1)", "split() missing required argument 'sep' (pos 1)".
bool args_keywords(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                   const char* const* params, size_t nparams, size_t nrequired, Value* out);

// "must be str, not int" (argno 0) or "%s() argument N must be str, not int".
bool arg_is_str(Value v, const char* name, int argno);
// An int argument through __index__, into int64 (OverflowError when huge).
bool arg_ssize(Value v, int64_t* out);
// __index__ into int64 for sizes and subscripts: a huge value raises `error`
// (OverflowError for counts, IndexError for subscripts) with CPython's
// "cannot fit 'int' into an index-sized integer".
bool index_ssize(Value v, int64_t* out, Type* error);

// Resolves optional start/end arguments (null, None or an index, possibly
// negative) of find/count/startswith against a length, clamping like
// CPython's slice indices.
bool parse_range(Value start, Value end, int64_t length, int64_t* lo, int64_t* hi);

// Each str_*.cpp file adds its own methods (called by str_type_init).
void str_add_search_methods(Type* t);     // str_search.cpp
void str_add_split_methods(Type* t);      // str_split.cpp
void str_add_case_methods(Type* t);       // str_case.cpp
void str_add_pad_methods(Type* t);        // str_pad.cpp
void str_add_format_methods(Type* t);     // str_format.cpp
void str_add_codec_methods(Type* t);      // str_codec.cpp
void str_add_translate_methods(Type* t);  // str_translate.cpp

// str % args (str_percent.cpp).
Value str_percent_format(Str* format, Value args);
// str.format(*args, **kwargs) engine (str_format.cpp), kwargs may be null.
Value str_format_impl(Str* format, const Value* args, size_t nargs, Value mapping);

// ---------------------------------------------------------------------------
// Codecs (str_codec.cpp), shared with bytes.decode and bytes(str, enc).

// Normalised codec names: "utf-8", "ascii", "latin-1"; null if unknown
// (LookupError "unknown encoding: x" raised).
const char* codec_lookup(std::string_view name);
// Encodes s; returns a Bytes or null with UnicodeEncodeError/LookupError.
Value codec_encode(Str* s, std::string_view encoding, std::string_view errors);
// Decodes data; returns a Str or null with UnicodeDecodeError/LookupError.
Value codec_decode(std::string_view data, std::string_view encoding,
                   std::string_view errors);

}  // namespace tr
