// float values: parsing float(text) with CPython's grammar (underscores
// between digits, inf/nan, Unicode digits and spaces), the modular hash that
// agrees with int's, and subclass instances.
#include <cmath>
#include <cstdlib>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/str.h"
#include "objects/unicode_db.h"

namespace tr {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != b[i]) return false;
  return true;
}

}  // namespace

// Unicode spaces become ' ', Unicode decimal digits become ASCII; other
// non-ASCII code points become a byte the grammar rejects.
std::string number_text_to_ascii(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += n;
    int d = unicode::decimal_value(cp);
    if (d >= 0) out.push_back(static_cast<char>('0' + d));
    else if (unicode::has(cp, unicode::kSpace)) out.push_back(' ');
    else out.push_back('\x7f');
  }
  return out;
}

namespace {

// Copies a run of digits with single underscores between them into `out`.
// Returns the number of digits (0 when the run is empty or malformed, with
// *bad set for a malformed one).
size_t take_digits(std::string_view s, size_t* pos, std::string* out, bool* bad) {
  size_t n = 0;
  while (*pos < s.size()) {
    char c = s[*pos];
    if (is_digit(c)) {
      out->push_back(c);
      ++n;
      ++*pos;
    } else if (c == '_' && n > 0 && *pos + 1 < s.size() && is_digit(s[*pos + 1])) {
      ++*pos;
    } else {
      break;
    }
  }
  if (*pos < s.size() && s[*pos] == '_') *bad = true;
  return n;
}

bool starts_with_word(std::string_view s, std::string_view word) {
  return s.size() >= word.size() && iequals(s.substr(0, word.size()), word);
}

}  // namespace

// The longest float literal at the start of ASCII text `s`: [sign] then
// digits with an optional fraction and exponent, or inf/infinity/nan.
size_t float_scan_prefix(std::string_view s, double* out) {
  size_t pos = 0;
  bool negative = false;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) negative = s[pos++] == '-';
  std::string_view word = s.substr(pos);
  if (starts_with_word(word, "infinity") || starts_with_word(word, "inf")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return pos + (starts_with_word(word, "infinity") ? 8 : 3);
  }
  if (starts_with_word(word, "nan")) {
    *out = std::nan("");
    return pos + 3;
  }
  std::string clean = negative ? "-" : "";
  bool bad = false;
  size_t int_digits = take_digits(s, &pos, &clean, &bad);
  size_t frac_digits = 0;
  if (!bad && pos < s.size() && s[pos] == '.') {
    clean.push_back('.');
    ++pos;
    frac_digits = take_digits(s, &pos, &clean, &bad);
  }
  if (bad || int_digits + frac_digits == 0) return 0;
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
    // The exponent counts only if it has digits; else the 'e' is left over.
    size_t epos = pos + 1;
    std::string exp = "e";
    if (epos < s.size() && (s[epos] == '+' || s[epos] == '-')) exp.push_back(s[epos++]);
    bool ebad = false;
    if (take_digits(s, &epos, &exp, &ebad) > 0) {
      if (ebad) return 0;
      clean += exp;
      pos = epos;
    }
  }
  // glibc's strtod rounds correctly; ERANGE results (inf, 0) are what Python gives.
  *out = std::strtod(clean.c_str(), nullptr);
  return pos;
}

namespace {

bool parse_ascii(std::string_view s, double* out) {
  return !s.empty() && float_scan_prefix(s, out) == s.size();
}

}  // namespace

Value float_parse_text(std::string_view raw, Value original) {
  std::string text =
      original.is_null() || is_str(original) ? number_text_to_ascii(raw) : std::string(raw);
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  double d;
  if (std::string_view(text).substr(b, e - b).find('\0') == std::string_view::npos &&
      parse_ascii(std::string_view(text).substr(b, e - b), &d)) {
    return std::isnan(d) ? float_nan_object() : Value::from_double(d);
  }
  if (original.is_null()) original = str_value(raw);
  Value r = repr(original);
  if (r.is_null()) return r;
  std::string_view rs = r.as<Str>()->view();
  return raise(&exc::ValueError, "could not convert string to float: %.*s",
               static_cast<int>(rs.size()), rs.data());
}

Value float_from_string(std::string_view text) { return float_parse_text(text, Value::null()); }

Value float_repr_value(Value v) {
  double d = 0;
  float_check(v, &d);
  return str_value(float_repr(d));
}

// x = m * 2**e with an integer m below 2**53; since 2**61 == 1 (mod 2**61-1),
// multiplying by 2**e is a rotation of the 61-bit residue by e mod 61.
int64_t float_hash(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  int exp;
  double frac = std::frexp(std::fabs(d), &exp);
  uint64_t m = static_cast<uint64_t>(std::ldexp(frac, 53));  // exact, < 2**53
  int e = exp - 53;
  int shift = ((e % 61) + 61) % 61;
  uint64_t h = m % kModulus;
  if (shift) h = ((h << shift) & kModulus) | (h >> (61 - shift));
  int64_t r = static_cast<int64_t>(h);
  if (d < 0) r = -r;
  return r == -1 ? -2 : r;
}

// NaN-boxing gives every NaN the same bits, so `x is y` would hold for any
// two NaNs; CPython's float('nan') makes a new object each time, and
// containers rely on identity ([nan] == [nan], nan in {nan}). So NaNs made
// by float() and math.nan are heap floats with their own identity.
Value float_nan_object() {
  auto* f = static_cast<FloatObject*>(alloc_object(&float_type));
  f->value_ = std::nan("");
  return Value::object(f);
}

bool float_check_object(Value v, double* out) {
  if (isinstance_of(v, &float_type)) {
    *out = static_cast<FloatObject*>(v.as_object())->value_;
    return true;
  }
  return false;
}

Value float_new_of_type(Type* cls, double d) {
  if (cls == &float_type) return Value::from_double(d);
  auto* f = static_cast<FloatObject*>(alloc_object(cls));
  f->value_ = d;
  return Value::object(f);
}

}  // namespace tr
