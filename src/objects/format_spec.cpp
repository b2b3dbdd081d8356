// The format-spec mini-language: parsing (with CPython's messages) and the
// padding/grouping layout every __format__ of a built-in type ends with.
#include "objects/format_spec.h"

#include <limits>
#include <vector>

#include "objects/errors.h"
#include "objects/str.h"

namespace tr {
namespace {

// Decodes UTF-8 leniently (the runtime's strings are already valid UTF-8).
std::vector<uint32_t> decode(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits at *pos. Returns the count read, or -1 with ValueError
// pending on overflow (CPython's limit is Py_ssize_t).
int64_t read_integer(const std::vector<uint32_t>& s, size_t* pos, int64_t* out) {
  int64_t value = 0;
  int64_t count = 0;
  while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
    int digit = static_cast<int>(s[*pos] - '0');
    if (value > (std::numeric_limits<int64_t>::max() - digit) / 10) {
      raise(&exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    value = value * 10 + digit;
    ++*pos;
    ++count;
  }
  *out = value;
  return count;
}

bool raise_comma_and_underscore() {
  raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
  return false;
}

}  // namespace

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// ---------------------------------------------------------------------------
// Parsing

bool parse_format_spec(std::string_view spec_text, uint32_t default_type, char default_align,
                       const char* type_name, FormatSpec* out) {
  std::vector<uint32_t> s = decode(spec_text);
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0;
  bool fill_given = false;

  if (s.size() >= 2 && is_align(s[1])) {
    f.fill = s[0];
    f.align = static_cast<char>(s[1]);
    fill_given = f.align_given = true;
    pos = 2;
  } else if (!s.empty() && is_align(s[0])) {
    f.align = static_cast<char>(s[0]);
    f.align_given = true;
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) {
    f.sign = static_cast<char>(s[pos++]);
  }
  if (pos < s.size() && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // A leading '0' is the old spelling of "fill with zeros after the sign".
  if (!fill_given && pos < s.size() && s[pos] == '0') {
    f.fill = '0';
    if (!f.align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t consumed = read_integer(s, &pos, &f.width);
  if (consumed < 0) return false;
  if (consumed == 0) f.width = -1;

  if (pos < s.size() && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (f.grouping) return raise_comma_and_underscore();
    f.grouping = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && f.grouping == '_') return raise_comma_and_underscore();

  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    consumed = read_integer(s, &pos, &f.precision);
    if (consumed < 0) return false;
    if (consumed == 0) {
      raise(&exc::ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (s.size() - pos > 1) {
    raise(&exc::ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
          static_cast<int>(spec_text.size()), spec_text.data(), type_name);
    return false;
  }
  if (pos < s.size()) f.type = s[pos];

  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
      case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        if (f.type > 32 && f.type < 128) {
          raise(&exc::ValueError, "Cannot specify '%c' with '%c'.", f.grouping,
                static_cast<char>(f.type));
        } else {
          raise(&exc::ValueError, "Cannot specify '%c' with '\\x%x'.", f.grouping, f.type);
        }
        return false;
    }
  }
  *out = f;
  return true;
}

Value raise_unknown_format_code(uint32_t type, const char* type_name) {
  if (type > 32 && type < 128) {
    return raise(&exc::ValueError, "Unknown format code '%c' for object of type '%s'",
                 static_cast<char>(type), type_name);
  }
  return raise(&exc::ValueError, "Unknown format code '\\x%x' for object of type '%s'", type,
               type_name);
}

// ---------------------------------------------------------------------------
// Layout

namespace {

void append_fill(std::string* out, uint32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out->append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  std::string one;
  append_utf8(&one, fill);
  for (int64_t i = 0; i < n; ++i) out->append(one);
}

// Inserts `sep` every `group` digits from the right, zero-extending the
// digits until the result is at least `min_width` long; the result never
// starts with a separator (CPython's rule: '08,' of 1234 is '0,001,234').
std::string group_digits(std::string_view digits, char sep, int group, int64_t min_width) {
  std::string rev;
  size_t pos = digits.size();
  int in_group = 0;
  for (;;) {
    rev.push_back(pos > 0 ? digits[--pos] : '0');
    ++in_group;
    if (pos == 0 && static_cast<int64_t>(rev.size()) >= min_width) break;
    if (sep && in_group == group) {
      rev.push_back(sep);
      in_group = 0;
    }
  }
  return std::string(rev.rbegin(), rev.rend());
}

}  // namespace

std::string_view format_sign(const FormatSpec& spec, bool negative) {
  if (negative) return "-";
  if (spec.sign == '+') return "+";
  if (spec.sign == ' ') return " ";
  return "";
}

std::string pad_formatted(std::string_view body, size_t body_width, const FormatSpec& spec) {
  int64_t pad = spec.width - static_cast<int64_t>(body_width);
  if (pad <= 0) return std::string(body);
  int64_t left = spec.align == '<' ? 0 : spec.align == '^' ? pad / 2 : pad;
  std::string out;
  out.reserve(body.size() + static_cast<size_t>(pad));
  append_fill(&out, spec.fill, left);
  out.append(body);
  append_fill(&out, spec.fill, pad - left);
  return out;
}

std::string format_number(const FormatSpec& spec, std::string_view sign,
                          std::string_view prefix, std::string_view digits,
                          std::string_view rest) {
  // `rest` may hold one non-ASCII character (the 'c' type): count code points.
  size_t rest_width = 0;
  for (char c : rest) rest_width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size() + rest_width);
  bool zero_fill = spec.fill == '0' && spec.align == '=';
  std::string grouped;
  if (!digits.empty()) {
    bool by_four = spec.grouping == '_' &&
                   (spec.type == 'b' || spec.type == 'o' || spec.type == 'x' || spec.type == 'X');
    int64_t min_width = zero_fill ? spec.width - fixed : 0;
    grouped = group_digits(digits, spec.grouping, by_four ? 4 : 3, min_width);
  }
  int64_t pad = spec.width - fixed - static_cast<int64_t>(grouped.size());
  int64_t left = 0, middle = 0, right = 0;
  if (pad > 0) {
    switch (spec.align) {
      case '<': right = pad; break;
      case '^': left = pad / 2; right = pad - left; break;
      case '=': middle = pad; break;
      default: left = pad; break;
    }
  }
  std::string out;
  append_fill(&out, spec.fill, left);
  out.append(sign);
  out.append(prefix);
  append_fill(&out, spec.fill, middle);
  out.append(grouped);
  out.append(rest);
  append_fill(&out, spec.fill, right);
  return out;
}

// ---------------------------------------------------------------------------
// str.__format__

Value format_string(std::string_view utf8, size_t length, std::string_view spec_text,
                    const char* type_name) {
  FormatSpec spec;
  if (!parse_format_spec(spec_text, 's', '<', type_name, &spec)) return Value::null();
  if (spec.type != 's') return raise_unknown_format_code(spec.type, type_name);
  if (spec.sign) return raise(&exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.no_neg_zero) {
    return raise(&exc::ValueError,
                 "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return raise(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return raise(&exc::ValueError, "'=' alignment not allowed in string format specifier");
  }
  std::string_view body = utf8;
  size_t width = length;
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < length) {
    // Cut after `precision` code points: count lead bytes.
    size_t cps = 0, i = 0;
    for (; i < utf8.size(); ++i) {
      if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
        if (cps == static_cast<size_t>(spec.precision)) break;
        ++cps;
      }
    }
    body = utf8.substr(0, i);
    width = static_cast<size_t>(spec.precision);
  }
  if (spec.width > (int64_t{1} << 40)) return raise_memory_error();
  std::string out = pad_formatted(body, width, spec);
  return Value::object(str_new(out));
}

}  // namespace tr
