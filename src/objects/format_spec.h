// The format-spec mini-language ("[[fill]align][sign][z][#][0][width][,|_][.prec][type]")
// shared by format()/str.format()/f-strings for int, float, complex and str:
// parsing with CPython's error messages, then padding, alignment and grouping.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "base/value.h"

namespace tr {

struct FormatSpec {
  uint32_t fill = ' ';       // a code point
  char align = '>';          // '<' '>' '^' '='; the caller's default when not given
  bool align_given = false;
  char sign = '\0';          // '+' '-' ' ', or '\0' when not given
  bool no_neg_zero = false;  // 'z': -0.0 prints as 0.0 (floats and complex only)
  bool alternate = false;    // '#'
  int64_t width = -1;        // -1 = not given
  char grouping = '\0';      // ',' '_' or '\0'
  int64_t precision = -1;    // -1 = not given
  uint32_t type = 0;         // the type code point; the caller's default when absent
};

// Parses `spec`. `default_type` is used when the spec has no type code ('s'
// for str, 'd' for int, '\0' for float/complex); `default_align` is '<' for
// str and '>' for numbers. `type_name` names the formatted object's type in
// messages ("Invalid format specifier 'xx' for object of type 'int'").
// Checks what CPython checks at parse time (grouping vs type, "Cannot specify
// both ',' and '_'.", missing precision, too many digits); the per-type checks
// (sign with strings, precision with ints...) are the caller's. Returns false
// with ValueError pending.
bool parse_format_spec(std::string_view spec, uint32_t default_type, char default_align,
                       const char* type_name, FormatSpec* out);

// ValueError "Unknown format code 'x' for object of type 'float'" (with
// CPython's '\x..' form for non-printable codes). Returns null.
Value raise_unknown_format_code(uint32_t type, const char* type_name);

// Pads `body` (display width `body_width` code points) to spec.width with
// spec.fill according to spec.align ('=' treated as '>'). For str and for
// numbers already laid out.
std::string pad_formatted(std::string_view body, size_t body_width, const FormatSpec& spec);

// Lays out a number: `sign` ("", "-", "+", " "), `prefix` ("0x"...),
// `digits` (the integer digits, which receive spec.grouping every 3 — every 4
// for 'b','o','x','X' with '_' — and zero-fill under '=' alignment with a '0'
// fill, as in '00,001,234'), then `rest` (fraction, exponent, '%', "inf"),
// all padded to spec.width. Every piece is ASCII except the fill and `rest`.
std::string format_number(const FormatSpec& spec, std::string_view sign,
                          std::string_view prefix, std::string_view digits,
                          std::string_view rest);

// The sign string for a number that is negative or not, under spec.sign.
std::string_view format_sign(const FormatSpec& spec, bool negative);

// str.__format__ in full: parses `spec` (default type 's', align '<'),
// applies the string checks ("Sign not allowed in string format specifier",
// "Alternate form (#) ...", "'=' alignment ...", unknown codes), truncates to
// the precision in code points, pads. `utf8` holds `length` code points.
// Returns a Str, or null with ValueError pending.
Value format_string(std::string_view utf8, size_t length, std::string_view spec,
                    const char* type_name);

// Appends the UTF-8 encoding of code point `cp` to `out`.
void append_utf8(std::string* out, uint32_t cp);

}  // namespace tr
