// int.__format__: the integer presentation types (b c d o x X n) with '#'
// prefixes, grouping and '=' alignment, and the float types (e f g %), which
// format float(self).
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float_internal.h"
#include "objects/format_spec.h"
#include "objects/int_internal.h"
#include "objects/str.h"

namespace tr {
namespace {

Value format_integer(Value v, const FormatSpec& spec) {
  if (spec.precision >= 0) {
    return raise(&exc::ValueError, "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return raise(&exc::ValueError,
                 "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.width > (int64_t{1} << 40)) return raise_memory_error();
  bool negative = int_sign(v) < 0;
  std::string digits, prefix, rest;
  if (spec.type == 'c') {
    if (spec.sign) {
      return raise(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      return raise(&exc::ValueError,
                   "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t cp;
    if (!int_to_i64(v, &cp)) {
      return raise(&exc::OverflowError, "Python int too large to convert to C long");
    }
    if (cp < 0 || cp > 0x10FFFF) {
      return raise(&exc::OverflowError, "%%c arg not in range(0x110000)");
    }
    // The character is laid out as "rest": it takes no grouping.
    append_utf8(&rest, static_cast<uint32_t>(cp));
    std::string out = format_number(spec, "", "", "", rest);
    return Value::object(str_new(out));
  }
  int base = 10;
  switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  if (!spec.alternate) prefix.clear();
  if (base == 10) {
    if (!int_to_decimal_checked(v, &digits)) return Value::null();
  } else {
    digits = int_to_string(v, base);
  }
  if (negative) digits.erase(0, 1);
  if (spec.type == 'X') {
    for (char& c : digits) c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
  }
  std::string out = format_number(spec, format_sign(spec, negative), prefix, digits, "");
  return Value::object(str_new(out));
}

}  // namespace

Value int_format(Value v, Str* spec_str) {
  if (spec_str->size_ == 0) return str(v);
  const char* tname = type_name_of(v);
  FormatSpec spec;
  if (!parse_format_spec(spec_str->view(), 'd', '>', tname, &spec)) return Value::null();
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_integer(v, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      bool overflow;
      double d = int_to_double(v, &overflow);
      if (overflow) return raise(&exc::OverflowError, "int too large to convert to float");
      return format_double_spec(d, spec);
    }
    default:
      return raise_unknown_format_code(spec.type, tname);
  }
}

}  // namespace tr
