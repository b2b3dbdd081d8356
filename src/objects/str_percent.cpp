// printf-style formatting: `format % args` for str and bytes (%s %r %a %d %i
// %u %x %X %o %e %E %f %F %g %G %c %%, bytes' %b, flags, width, precision,
// `*`, %(key)s), following CPython's argument-consumption rules and messages.
#include <climits>

#include "objects/bytes_internal.h"
#include "objects/float.h"

namespace tr {
namespace {

// Argument supply, mirroring CPython: a non-tuple argument is one argument
// (arglen -1); a %(key) lookup replaces the supply with that one value.
struct Args {
  Value args;
  int64_t arglen;
  int64_t argidx;
  Value dict;  // the mapping when args is one, else null

  Value next() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0) return args;
      return args.as<Tuple>()->items_[i];
    }
    return raise(&exc::TypeError, "not enough arguments for format string");
  }
};

struct Spec {
  bool left = false, sign = false, space = false, alt = false, zero = false;
  int64_t width = -1;
  int64_t prec = -1;
};

// Lays out sign + prefix + body in the field width, as CPython does for
// every numeric conversion (zero padding goes between prefix and body).
void pad_number(std::string& out, const Spec& sp, bool negative, std::string_view prefix,
                std::string_view body) {
  std::string_view sign = negative ? "-" : sp.sign ? "+" : sp.space ? " " : "";
  size_t len = sign.size() + prefix.size() + body.size();
  size_t fill = sp.width > 0 && static_cast<size_t>(sp.width) > len
                    ? static_cast<size_t>(sp.width) - len : 0;
  if (sp.left) {
    out += sign;
    out += prefix;
    out += body;
    out.append(fill, ' ');
  } else if (sp.zero) {
    out += sign;
    out += prefix;
    out.append(fill, '0');
    out += body;
  } else {
    out.append(fill, ' ');
    out += sign;
    out += prefix;
    out += body;
  }
}

void pad_text(std::string& out, const Spec& sp, std::string_view text, size_t length) {
  size_t fill = sp.width > 0 && static_cast<size_t>(sp.width) > length
                    ? static_cast<size_t>(sp.width) - length : 0;
  if (!sp.left) out.append(fill, ' ');
  out += text;
  if (sp.left) out.append(fill, ' ');
}

bool format_text(std::string& out, const Spec& sp, char conv, Value v) {
  Value s = conv == 's' ? str(v) : conv == 'r' ? repr(v) : ascii(v);
  if (s.is_null()) return false;
  Str* t = as_str(s);
  size_t length = t->length_;
  std::string_view text = t->view();
  if (sp.prec >= 0 && static_cast<size_t>(sp.prec) < length) {
    length = static_cast<size_t>(sp.prec);
    text = text.substr(0, str_offset_of(t, length));
  }
  pad_text(out, sp, text, length);
  return true;
}

bool format_int(std::string& out, const Spec& sp, char conv, Value v) {
  Value n;
  if (conv == 'd' || conv == 'i' || conv == 'u') {
    double d;
    if (is_int(v)) n = v;
    else if (isinstance_of(v, &float_type)) n = to_double(v, &d) ? int_from_double(d) : Value::null();
    else if (type_of(v)->index_) n = to_index(v);
    else {
      raise(&exc::TypeError, "%%%c format: a real number is required, not %s", conv,
            type_name_of(v));
      return false;
    }
  } else if (is_int(v) || type_of(v)->index_) {
    n = to_index(v);
  } else {
    raise(&exc::TypeError, "%%%c format: an integer is required, not %s", conv,
          type_name_of(v));
    return false;
  }
  if (n.is_null()) return false;
  int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
  std::string digits = int_to_string(n, base);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (conv == 'X') {
    for (char& c : digits) c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
  }
  if (sp.prec > 0 && static_cast<size_t>(sp.prec) > digits.size())
    digits.insert(0, static_cast<size_t>(sp.prec) - digits.size(), '0');
  std::string_view prefix;
  if (sp.alt) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
  pad_number(out, sp, negative, prefix, digits);
  return true;
}

bool format_float(std::string& out, const Spec& sp, char conv, Value v, bool is_bytes) {
  double d;
  if (!isinstance_of(v, &float_type) && !is_int(v) && !type_of(v)->index_ &&
      type_lookup(type_of(v), names::dunder_float).is_null()) {
    if (is_bytes) raise(&exc::TypeError, "float argument required, not %s", type_name_of(v));
    else raise(&exc::TypeError, "must be real number, not %s", type_name_of(v));
    return false;
  }
  if (!to_double(v, &d)) return false;
  std::string body = format_double(d, conv, sp.prec < 0 ? 6 : static_cast<int>(sp.prec), sp.alt);
  bool negative = !body.empty() && body[0] == '-';
  if (negative) body.erase(0, 1);
  pad_number(out, sp, negative, "", body);
  return true;
}

bool format_char(std::string& out, const Spec& sp, Value v) {
  uint32_t cp;
  if (is_str(v)) {
    if (as_str(v)->length_ != 1) {
      raise(&exc::TypeError, "%%c requires int or char");
      return false;
    }
    cp = str_code_point_at(as_str(v), 0);
  } else if (is_int(v)) {
    int64_t i;
    if (!int_to_i64(v, &i) || i < 0 || i > 0x10FFFF) {
      raise(&exc::OverflowError, "%%c arg not in range(0x110000)");
      return false;
    }
    cp = static_cast<uint32_t>(i);
  } else {
    raise(&exc::TypeError, "%%c requires int or char");
    return false;
  }
  std::string text;
  utf8::append(text, cp);
  pad_text(out, sp, text, 1);
  return true;
}

// bytes: %s and %b take buffers or __bytes__; %r and %a give ascii().
bool format_bytes_text(std::string& out, const Spec& sp, char conv, Value v) {
  std::string data;
  if (conv == 'r' || conv == 'a') {
    Value s = ascii(v);
    if (s.is_null()) return false;
    data = as_str(s)->view();
  } else if (is_bytes_like(v)) {
    data = bytes_view(v);
  } else {
    static Str* dunder_bytes = str_intern("__bytes__");
    if (type_lookup(type_of(v), dunder_bytes).is_null()) {
      raise(&exc::TypeError,
            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
            type_name_of(v));
      return false;
    }
    Value b = call_method(v, dunder_bytes, nullptr, 0);
    if (b.is_null()) return false;
    if (!is_bytes_like(b)) {
      raise(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name_of(b));
      return false;
    }
    data = bytes_view(b);
  }
  if (sp.prec >= 0 && static_cast<size_t>(sp.prec) < data.size()) data.resize(sp.prec);
  pad_text(out, sp, data, data.size());
  return true;
}

bool format_byte_char(std::string& out, const Spec& sp, Value v) {
  char c;
  if (is_bytes_like(v) && bytes_view(v).size() == 1) {
    c = bytes_view(v)[0];
  } else if (is_int(v)) {
    int64_t i;
    if (!int_to_i64(v, &i) || i < 0 || i > 255) {
      raise(&exc::OverflowError, "%%c arg not in range(256)");
      return false;
    }
    c = static_cast<char>(i);
  } else {
    raise(&exc::TypeError, "%%c requires an integer in range(256) or a single byte");
    return false;
  }
  pad_text(out, sp, {&c, 1}, 1);
  return true;
}

// Reads a `*` width/precision argument.
bool star_arg(Args& a, int64_t* out) {
  Value v = a.next();
  if (v.is_null()) return false;
  if (!is_int(v)) {
    raise(&exc::TypeError, "* wants int");
    return false;
  }
  if (!int_to_i64(v, out) || *out > INT_MAX || *out < -INT_MAX) {
    raise(&exc::ValueError, "width too big");
    return false;
  }
  return true;
}

bool read_number(std::string_view f, size_t& i, int64_t* out, const char* too_big) {
  int64_t v = 0;
  while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
    v = v * 10 + (f[i++] - '0');
    if (v > INT_MAX) {
      raise(&exc::ValueError, "%s", too_big);
      return false;
    }
  }
  *out = v;
  return true;
}

// The engine for both: `format` is null for bytes (then `f` holds bytes and
// the conversions follow bytes' rules). Appends to out; false on error.
bool percent_format(std::string_view f, Str* format, Value args, std::string& out) {
  bool is_bytes = format == nullptr;
  Args a{args, -1, -2, Value::null()};
  if (is_tuple(args)) {
    a.arglen = static_cast<int64_t>(args.as<Tuple>()->size_);
    a.argidx = 0;
  }
  if (!is_tuple(args) && !is_str(args) && type_of(args)->getitem_) a.dict = args;
  out.reserve(f.size() + 16);
  size_t i = 0;
  while (i < f.size()) {
    size_t pct = f.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(f.substr(i));
      break;
    }
    out.append(f.substr(i, pct - i));
    i = pct + 1;
    if (i < f.size() && f[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    if (i < f.size() && f[i] == '(') {
      if (a.dict.is_null()) return !raise(&exc::TypeError, "format requires a mapping").is_null();
      size_t start = ++i;
      int depth = 1;
      while (i < f.size() && depth > 0) {
        if (f[i] == '(') ++depth;
        else if (f[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) return !raise(&exc::ValueError, "incomplete format key").is_null();
      std::string_view k = f.substr(start, i - 1 - start);
      Value key = is_bytes ? Value::object(bytes_new(k)) : Value::object(str_new(k));
      Value v = getitem(a.dict, key);
      if (v.is_null()) return false;
      a.args = v;
      a.arglen = -1;
      a.argidx = -2;
    }
    Spec sp;
    for (; i < f.size(); ++i) {
      char c = f[i];
      if (c == '-') sp.left = true;
      else if (c == '+') sp.sign = true;
      else if (c == ' ') sp.space = true;
      else if (c == '#') sp.alt = true;
      else if (c == '0') sp.zero = true;
      else break;
    }
    if (i < f.size() && f[i] == '*') {
      if (!star_arg(a, &sp.width)) return false;
      if (sp.width < 0) {
        sp.left = true;
        sp.width = -sp.width;
      }
      ++i;
    } else if (!read_number(f, i, &sp.width, "width too big")) {
      return false;
    }
    if (i < f.size() && f[i] == '.') {
      ++i;
      if (i < f.size() && f[i] == '*') {
        if (!star_arg(a, &sp.prec)) return false;
        if (sp.prec < 0) sp.prec = 0;
        ++i;
      } else if (!read_number(f, i, &sp.prec, "precision too big")) {
        return false;
      }
    }
    if (sp.width > 0 && static_cast<size_t>(sp.width) > kMaxStrBytes)
      return !raise_memory_error().is_null();
    while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
    if (i >= f.size()) return !raise(&exc::ValueError, "incomplete format").is_null();
    Value v = a.next();
    if (v.is_null()) return false;
    size_t len = 1;
    uint32_t conv = is_bytes ? static_cast<unsigned char>(f[i]) : utf8::decode(f.data() + i, &len);
    size_t at = is_bytes ? i : str_index_of_offset(format, i);
    i += len;
    bool ok;
    switch (conv) {
      case 's': case 'r': case 'a':
        ok = is_bytes ? format_bytes_text(out, sp, static_cast<char>(conv), v)
                      : format_text(out, sp, static_cast<char>(conv), v);
        break;
      case 'b':
        if (!is_bytes) goto unsupported;
        ok = format_bytes_text(out, sp, 'b', v);
        break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        ok = format_int(out, sp, static_cast<char>(conv), v);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        ok = format_float(out, sp, static_cast<char>(conv), v, is_bytes);
        break;
      case 'c':
        ok = is_bytes ? format_byte_char(out, sp, v) : format_char(out, sp, v);
        break;
      default:
      unsupported:
        raise(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %zu",
              conv < 0x80 && conv >= 0x20 ? static_cast<char>(conv) : '?', conv, at);
        return false;
    }
    if (!ok) return false;
    if (out.size() > kMaxStrBytes) return !raise_memory_error().is_null();
  }
  if (a.argidx < a.arglen && a.dict.is_null()) {
    raise(&exc::TypeError, "not all arguments converted during %s formatting",
          is_bytes ? "bytes" : "string");
    return false;
  }
  return true;
}

}  // namespace

Value str_percent_format(Str* format, Value args) {
  std::string out;
  if (!percent_format(format->view(), format, args, out)) return Value::null();
  return Value::object(str_new(out));
}

Value bytes_percent_format(Value self, Value args) {
  std::string fmt(bytes_view(self));
  std::string out;
  if (!percent_format(fmt, nullptr, args, out)) return Value::null();
  return bytes_make_like(self, out);
}

}  // namespace tr
