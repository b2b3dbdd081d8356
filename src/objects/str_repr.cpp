// repr() of str: quote choice and escapes exactly as CPython
// prints them ('it\'s' becomes "it's"; non-printable characters as \x, \u, \U).
#include "objects/str_internal.h"
#include "objects/unicode_db.h"

namespace tr {
namespace {

const char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, char kind, uint32_t cp, int digits) {
  out += '\\';
  out += kind;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

void append_escaped(std::string& out, uint32_t cp) {
  if (cp <= 0xFF) append_hex(out, 'x', cp, 2);
  else if (cp <= 0xFFFF) append_hex(out, 'u', cp, 4);
  else append_hex(out, 'U', cp, 8);
}

Str* quote(Str* s) {
  std::string_view text = s->view();
  // Double quotes only when the text has a single quote and no double quote.
  char q = '\'';
  if (text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos)
    q = '"';
  std::string out;
  out.reserve(text.size() + 2);
  out += q;
  bool all_ascii = true;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    uint32_t cp = utf8::decode(text.data() + i, &len);
    if (cp == static_cast<uint32_t>(q) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex(out, 'x', cp, 2);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (unicode::has(cp, unicode::kPrintable)) {
      out.append(text.data() + i, len);
      all_ascii = false;
    } else {
      append_escaped(out, cp);
    }
    i += len;
  }
  out += q;
  return all_ascii ? str_new_known(out, out.size()) : str_new(out);
}

}  // namespace

Str* str_repr(Str* s) { return quote(s); }

}  // namespace tr
