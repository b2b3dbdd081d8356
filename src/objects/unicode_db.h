// The Unicode character database behind str's predicates and case mappings
// (isalpha, isdigit, upper, casefold, ...). Internal to objects/; the tables
// are generated from python3.11 by tools/gen_unicode_db.py into unicode_db.inc.
#pragma once
#include <cstddef>
#include <cstdint>

namespace tr::unicode {

// Per-code-point flags (bit positions fixed by the generator).
constexpr uint32_t kAlpha = 1u << 0;
constexpr uint32_t kDecimal = 1u << 1;
constexpr uint32_t kDigit = 1u << 2;
constexpr uint32_t kNumeric = 1u << 3;
constexpr uint32_t kSpace = 1u << 4;
constexpr uint32_t kLower = 1u << 5;
constexpr uint32_t kUpper = 1u << 6;
constexpr uint32_t kTitle = 1u << 7;  // general category Lt
constexpr uint32_t kCased = 1u << 8;
constexpr uint32_t kCaseIgnorable = 1u << 9;
constexpr uint32_t kPrintable = 1u << 10;
constexpr uint32_t kXidStart = 1u << 11;
constexpr uint32_t kXidContinue = 1u << 12;

uint32_t flags(uint32_t cp);
inline bool has(uint32_t cp, uint32_t flag) { return (flags(cp) & flag) != 0; }

// Full case mappings (SpecialCasing included: 'ß'.upper() == 'SS'). Writes up
// to kMaxCaseExpansion code points to out and returns how many. The final
// sigma rule of lower() depends on context and is applied by the caller.
constexpr int kMaxCaseExpansion = 3;
int to_upper(uint32_t cp, uint32_t* out);
int to_lower(uint32_t cp, uint32_t* out);
int to_title(uint32_t cp, uint32_t* out);
int to_fold(uint32_t cp, uint32_t* out);

// Value of a decimal digit (category Nd) or -1; digit_value also accepts
// other digits such as superscripts.
int decimal_value(uint32_t cp);
int digit_value(uint32_t cp);

// Line boundaries as str.splitlines() sees them (\n \r \v \f \x1c-\x1e \x85
// \u2028 \u2029).
inline bool is_linebreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
         cp == 0x2028 || cp == 0x2029;
}

}  // namespace tr::unicode
