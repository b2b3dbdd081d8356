// int <-> text: repr/str in any base, and int(text, base) with CPython's
// rules (whitespace, sign, base prefixes, single underscores between digits,
// Unicode decimal digits) and its 4300-digit conversion limit.
#include <charconv>
#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "objects/unicode_db.h"

namespace tr {

int64_t g_int_max_str_digits = 4300;

int64_t int_max_str_digits() { return g_int_max_str_digits; }
void set_int_max_str_digits(int64_t limit) { g_int_max_str_digits = limit; }

// ---------------------------------------------------------------------------
// int -> text

std::string int_to_string(Value v, int base) {
  int64_t i;
  if (int_small(v, &i) && base == 10) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i);
    return std::string(buf, r.ptr);
  }
  MpzArg z(v);
  std::string out(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(out.data(), base, z);
  out.resize(std::char_traits<char>::length(out.data()));
  return out;
}

// The decimal string of `v`, or null with ValueError when it has more digits
// than sys.get_int_max_str_digits() allows.
bool int_to_decimal_checked(Value v, std::string* out) {
  int64_t i;
  if (!int_small(v, &i) && g_int_max_str_digits > 0) {
    MpzArg z(v);
    // sizeinbase may overestimate by one: only its larger answers are final.
    size_t estimate = mpz_sizeinbase(z, 10);
    if (static_cast<int64_t>(estimate) > g_int_max_str_digits + 1) {
      raise(&exc::ValueError,
            "Exceeds the limit (%lld digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit",
            static_cast<long long>(g_int_max_str_digits));
      return false;
    }
  }
  *out = int_to_string(v, 10);
  size_t digits = out->size() - (!out->empty() && (*out)[0] == '-');
  if (g_int_max_str_digits > 0 && static_cast<int64_t>(digits) > g_int_max_str_digits) {
    raise(&exc::ValueError,
          "Exceeds the limit (%lld digits) for integer string conversion; use "
          "sys.set_int_max_str_digits() to increase the limit",
          static_cast<long long>(g_int_max_str_digits));
    return false;
  }
  return true;
}

Value int_repr(Value v) {
  if (v.is_bool()) return str_value(v.is_true() ? "True" : "False");
  std::string s;
  if (!int_to_decimal_checked(v, &s)) return Value::null();
  return str_value(s);
}

// ---------------------------------------------------------------------------
// text -> int

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int digit_of(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Unicode whitespace becomes ' ' and Unicode decimal digits become ASCII
// digits (int('٤٢') == 42); any other non-ASCII character becomes a byte
// that no base accepts.
std::string to_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
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

Value invalid_literal(int base, Value original) {
  Value r = repr(original);
  if (r.is_null()) return r;
  // %.200R: the repr cut to 200 code points.
  std::string_view text = r.as<Str>()->view();
  size_t cps = 0, cut = 0;
  for (; cut < text.size(); ++cut) {
    if ((static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80) {
      if (cps == 200) break;
      ++cps;
    }
  }
  return raise(&exc::ValueError, "invalid literal for int() with base %d: %.*s", base,
               static_cast<int>(cut), text.data());
}

}  // namespace

Value int_parse_text(std::string_view raw, int base, Value original) {
  std::string text = original.is_null() || is_str(original) ? to_ascii(raw) : std::string(raw);
  size_t pos = 0, end = text.size();
  while (pos < end && is_ascii_space(text[pos])) ++pos;
  while (end > pos && is_ascii_space(text[end - 1])) --end;
  bool negative = false;
  if (pos < end && (text[pos] == '+' || text[pos] == '-')) negative = text[pos++] == '-';

  int effective = base;
  bool zeros_only = false;  // base 0 with a leading 0 and no prefix: "000", "0_0"
  bool after_prefix = false;
  if (end - pos >= 2 && text[pos] == '0') {
    char p = static_cast<char>(text[pos + 1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base && (base == 0 || base == prefix_base)) {
      effective = prefix_base;
      pos += 2;
      after_prefix = true;
    }
  }
  if (effective == 0) {
    effective = 10;
    zeros_only = pos < end && text[pos] == '0';
  }

  // Digits with single underscores between them (and one allowed right
  // after a base prefix).
  std::string digits;
  digits.reserve(end - pos);
  bool ok = pos < end;
  bool need_digit = true;
  if (after_prefix && pos < end && text[pos] == '_') ++pos;
  for (size_t i = pos; i < end && ok; ++i) {
    char c = text[i];
    if (c == '_') {
      if (need_digit) ok = false;
      need_digit = true;
      continue;
    }
    int d = digit_of(c);
    if (d >= effective) {
      ok = false;
      break;
    }
    if (zeros_only && d != 0) ok = false;
    digits.push_back(c);
    need_digit = false;
  }
  if (need_digit) ok = false;

  // The digit limit applies to bases that are not powers of two, and is
  // checked before trailing garbage is (CPython's order).
  bool pow2 = (effective & (effective - 1)) == 0;
  if (!pow2 && g_int_max_str_digits > 0 &&
      static_cast<int64_t>(digits.size()) > kIntMaxStrDigitsThreshold &&
      static_cast<int64_t>(digits.size()) > g_int_max_str_digits) {
    return raise(&exc::ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion: value has "
                 "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                 static_cast<long long>(g_int_max_str_digits), digits.size());
  }
  if (!ok) {
    // CPython names a str by its repr and any bytes-like object as bytes.
    if (original.is_null()) original = str_value(raw);
    else if (!is_str(original)) original = Value::object(bytes_new(raw));
    return invalid_literal(base, original);
  }
  if (digits.size() <= 15 && effective <= 10) {
    int64_t v = 0;
    for (char c : digits) v = v * effective + digit_of(c);
    return int_from_i64(negative ? -v : v);
  }
  Mpz z;
  mpz_set_str(z, digits.c_str(), effective);
  if (negative) mpz_neg(z, z);
  return int_from_mpz_take(z);
}

Value int_from_string(std::string_view text, int base) {
  if (base != 0 && (base < 2 || base > 36)) {
    return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  return int_parse_text(text, base, Value::null());
}

}  // namespace tr
