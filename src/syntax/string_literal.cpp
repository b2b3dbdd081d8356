// string_literal.cpp — decoding of string and bytes literal bodies (escape
// sequences, raw strings) for the parser (src/syntax).  f-strings are split
// into pieces in parse_fstring.cpp and use decode_string_body for literals.

#include <cstdio>

#include "syntax/parser.h"
#include "syntax/unicode.h"

namespace tr::syntax {

StringPiece split_string_token(const Token& t) {
  StringPiece p;
  size_t i = 0;
  std::string_view s = t.text;
  while (s[i] != '"' && s[i] != '\'') {
    char c = static_cast<char>(s[i] | 0x20);
    if (c == 'b') p.is_bytes = true;
    if (c == 'r') p.is_raw = true;
    if (c == 'f') p.is_fstring = true;
    if (s[i] == 'u') p.u_prefix = true;  // CPython sets kind='u' only for lowercase
    ++i;
  }
  size_t q = (s.size() - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
  p.body = s.substr(i + q, s.size() - i - 2 * q);
  p.body_line = t.line;
  p.body_col = t.col + static_cast<int>(i + q);
  return p;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string codec_error(size_t from, size_t to, const char* what) {
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                from, to, what);
  return buf;
}

}  // namespace

std::string decode_string_body(std::string_view body, bool is_bytes, bool is_raw, std::string& out,
                               size_t* err_off) {
  if (is_bytes) {
    for (size_t i = 0; i < body.size(); ++i) {
      if (static_cast<unsigned char>(body[i]) >= 0x80) {
        *err_off = i;
        return "bytes can only contain ASCII literal characters";
      }
    }
  }
  if (is_raw) {
    out.append(body);
    return {};
  }
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    size_t start = i;
    if (i + 1 >= body.size()) {  // cannot happen: the lexer keeps quotes escaped
      out += c;
      break;
    }
    char e = body[++i];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
          v = v * 8 + static_cast<uint32_t>(body[++i] - '0');
        if (is_bytes) out += static_cast<char>(v & 0xFF);
        else utf8_append(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (is_bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          int d = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
          if (d < 0) {
            *err_off = start;
            if (is_bytes) {
              char buf[80];
              std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
              return buf;
            }
            const char* what = e == 'x' ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            return codec_error(start, i, what);
          }
          v = v * 16 + static_cast<uint32_t>(d);
          ++i;
        }
        if (is_bytes) {
          out += static_cast<char>(v);
        } else {
          if (v > 0x10FFFF) {
            *err_off = start;
            return codec_error(start, i, "illegal Unicode character");
          }
          utf8_append(out, v);
        }
        break;
      }
      case 'N': {
        if (is_bytes) {
          out += "\\N";
          break;
        }
        size_t close = body.find('}', i);
        if (i + 1 >= body.size() || body[i + 1] != '{' || close == std::string_view::npos) {
          *err_off = start;
          return codec_error(start, i, "malformed \\N character escape");
        }
        int32_t cp = lookup_unicode_name(body.substr(i + 2, close - i - 2));
        if (cp < 0) {
          *err_off = start;
          return codec_error(start, close, "unknown Unicode character name");
        }
        utf8_append(out, static_cast<uint32_t>(cp));
        i = close;
        break;
      }
      default:
        // Unknown escapes are kept verbatim (a DeprecationWarning in CPython).
        out += '\\';
        out += e;
        break;
    }
  }
  return {};
}

}  // namespace tr::syntax
