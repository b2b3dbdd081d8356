// unicode.cpp — UTF-8 helpers and the generated Unicode tables used by the
// lexer (identifiers, printability) and by string decoding (\N{NAME}).

#include "syntax/unicode.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace tr::syntax {

namespace {

struct CodeRange {
  uint32_t lo, hi;
};

#include "syntax/unicode_ident.inc"
#include "syntax/unicode_names.inc"

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], uint32_t cp) {
  const CodeRange* end = table + N;
  const CodeRange* it = std::upper_bound(
      table, end, cp, [](uint32_t v, const CodeRange& r) { return v < r.lo; });
  if (it == table) return false;
  --it;
  return cp >= it->lo && cp <= it->hi;
}

struct NameEntry {
  std::string_view name;
  uint32_t cp;
};

// Splits the generated "NAME;HEX\n" blob once, on first use.
const std::vector<NameEntry>& name_index() {
  static const std::vector<NameEntry> index = [] {
    std::vector<NameEntry> v;
    std::string_view blob(kUnicodeNameTable, sizeof(kUnicodeNameTable) - 1);
    size_t pos = 0;
    while (pos < blob.size()) {
      size_t nl = blob.find('\n', pos);
      std::string_view line = blob.substr(pos, nl - pos);
      size_t semi = line.find(';');
      uint32_t cp = static_cast<uint32_t>(
          std::strtoul(std::string(line.substr(semi + 1)).c_str(), nullptr, 16));
      v.push_back({line.substr(0, semi), cp});
      pos = nl + 1;
    }
    return v;
  }();
  return index;
}

int32_t parse_hex_suffix(std::string_view s) {
  if (s.empty() || s.size() > 6) return -1;
  int32_t v = 0;
  for (char c : s) {
    int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// Hangul syllable names are algorithmic (Unicode ch. 3.12).
int32_t lookup_hangul(std::string_view rest) {
  static const char* kL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                             "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  static const char* kV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                             "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  static const char* kT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                             "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                             "SS", "NG", "J", "C", "K", "T", "P", "H"};
  for (int l = 0; l < 19; ++l)
    for (int v = 0; v < 21; ++v)
      for (int t = 0; t < 28; ++t) {
        std::string n = std::string(kL[l]) + kV[v] + kT[t];
        if (n == rest) return 0xAC00 + (l * 21 + v) * 28 + t;
      }
  return -1;
}

}  // namespace

int32_t utf8_decode(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size() || c > 0xF4) return -1;
  int32_t cp = c & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int utf8_length(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    int len;
    utf8_decode(s, i, &len);
    i += len;
    ++n;
  }
  return n;
}

bool is_id_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return in_ranges(kXidStart, cp);
}

bool is_id_continue(uint32_t cp) {
  if (cp < 0x80) return is_id_start(cp) || (cp >= '0' && cp <= '9');
  return in_ranges(kXidContinue, cp);
}

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_ranges(kNonPrintable, cp);
}

int32_t lookup_unicode_name(std::string_view name) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  for (std::string_view prefix : {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"}) {
    if (std::string_view(upper).substr(0, prefix.size()) == prefix)
      return parse_hex_suffix(std::string_view(upper).substr(prefix.size()));
  }
  if (upper.rfind("HANGUL SYLLABLE ", 0) == 0) return lookup_hangul(upper.substr(16));
  const auto& index = name_index();
  auto it = std::lower_bound(index.begin(), index.end(), std::string_view(upper),
                             [](const NameEntry& e, std::string_view n) { return e.name < n; });
  if (it != index.end() && it->name == upper) return static_cast<int32_t>(it->cp);
  return -1;
}

}  // namespace tr::syntax
