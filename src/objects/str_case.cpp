// str's case conversions (upper, lower, casefold, swapcase, capitalize,
// title) with full Unicode mappings and the final-sigma rule, and the
// is*() predicates, all driven by unicode_db.
#include "objects/str_internal.h"
#include "objects/unicode_db.h"

namespace tr {
namespace {

using unicode::has;

// Decoded text: case operations look at neighbours (final sigma).
std::u32string code_points(Str* s) {
  std::u32string out;
  out.reserve(s->length_);
  for (size_t i = 0; i < s->size_;) {
    size_t len;
    out += utf8::decode(s->data_ + i, &len);
    i += len;
  }
  return out;
}

void append_all(std::string& out, const uint32_t* cps, int n) {
  for (int i = 0; i < n; ++i) utf8::append(out, cps[i]);
}

// Capital sigma lowercases to final sigma when it ends a word: a cased letter
// precedes it and none follows (case-ignorable characters are skipped).
uint32_t lower_sigma(const std::u32string& t, size_t i) {
  size_t j = i;
  bool cased_before = false;
  while (j > 0) {
    uint32_t f = unicode::flags(t[--j]);
    if (f & unicode::kCaseIgnorable) continue;
    cased_before = (f & unicode::kCased) != 0;
    break;
  }
  bool cased_after = false;
  for (j = i + 1; j < t.size(); ++j) {
    uint32_t f = unicode::flags(t[j]);
    if (f & unicode::kCaseIgnorable) continue;
    cased_after = (f & unicode::kCased) != 0;
    break;
  }
  return cased_before && !cased_after ? 0x3C2 : 0x3C3;
}

void append_lower(std::string& out, const std::u32string& t, size_t i) {
  if (t[i] == 0x3A3) {
    utf8::append(out, lower_sigma(t, i));
    return;
  }
  uint32_t buf[unicode::kMaxCaseExpansion];
  append_all(out, buf, unicode::to_lower(t[i], buf));
}

enum class Case { Upper, Lower, Fold, Swap, Capitalize, Title };

Value convert(Str* s, Case mode) {
  if (s->is_ascii()) {
    // ASCII maps to ASCII one-to-one.
    Str* r = str_new_uninit(s->size_, s->length_, true);
    bool prev_cased = false;
    for (size_t i = 0; i < s->size_; ++i) {
      char c = s->data_[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      bool to_up = false, to_lo = false;
      switch (mode) {
        case Case::Upper: to_up = lo; break;
        case Case::Lower: case Case::Fold: to_lo = up; break;
        case Case::Swap: to_up = lo; to_lo = up; break;
        case Case::Capitalize: to_up = i == 0 && lo; to_lo = i > 0 && up; break;
        case Case::Title: to_up = !prev_cased && lo; to_lo = prev_cased && up; break;
      }
      prev_cased = up || lo;
      r->data_[i] = to_up ? static_cast<char>(c - 32) : to_lo ? static_cast<char>(c + 32) : c;
    }
    return Value::object(r);
  }
  std::u32string t = code_points(s);
  std::string out;
  out.reserve(s->size_);
  uint32_t buf[unicode::kMaxCaseExpansion];
  bool prev_cased = false;
  for (size_t i = 0; i < t.size(); ++i) {
    uint32_t c = t[i];
    switch (mode) {
      case Case::Upper: append_all(out, buf, unicode::to_upper(c, buf)); break;
      case Case::Lower: append_lower(out, t, i); break;
      case Case::Fold: append_all(out, buf, unicode::to_fold(c, buf)); break;
      case Case::Swap:
        if (has(c, unicode::kUpper)) append_lower(out, t, i);
        else if (has(c, unicode::kLower)) append_all(out, buf, unicode::to_upper(c, buf));
        else utf8::append(out, c);
        break;
      case Case::Capitalize:
        if (i == 0) append_all(out, buf, unicode::to_title(c, buf));
        else append_lower(out, t, i);
        break;
      case Case::Title:
        if (prev_cased) append_lower(out, t, i);
        else append_all(out, buf, unicode::to_title(c, buf));
        prev_cased = has(c, unicode::kCased);
        break;
    }
  }
  return Value::object(str_new(out));
}

#define TR_CASE_METHOD(fn, pyname, mode)                                      \
  Value fn(const Value* args, size_t nargs, Tuple* kwnames) {                 \
    if (!args_none("str." pyname, nargs - 1, kwnames)) return Value::null(); \
    return convert(as_str(args[0]), mode);                                    \
  }
TR_CASE_METHOD(str_upper, "upper", Case::Upper)
TR_CASE_METHOD(str_lower, "lower", Case::Lower)
TR_CASE_METHOD(str_casefold, "casefold", Case::Fold)
TR_CASE_METHOD(str_swapcase, "swapcase", Case::Swap)
TR_CASE_METHOD(str_capitalize, "capitalize", Case::Capitalize)
TR_CASE_METHOD(str_title, "title", Case::Title)
#undef TR_CASE_METHOD

// ---------------------------------------------------------------------------
// Predicates

template <class Pred>
bool all_of(Str* s, Pred pred) {
  for (size_t i = 0; i < s->size_;) {
    size_t len;
    if (!pred(utf8::decode(s->data_ + i, &len))) return false;
    i += len;
  }
  return true;
}

// Every character has one of `mask`'s flags, and there is one at least.
bool all_flagged(Str* s, uint32_t mask) {
  return s->size_ > 0 && all_of(s, [mask](uint32_t c) { return (unicode::flags(c) & mask) != 0; });
}

// isupper/islower: no character of the opposite or title case, one cased.
bool one_case(Str* s, uint32_t want, uint32_t reject) {
  bool cased = false;
  bool ok = all_of(s, [&](uint32_t c) {
    uint32_t f = unicode::flags(c);
    if (f & (reject | unicode::kTitle)) return false;
    cased = cased || (f & want);
    return true;
  });
  return ok && cased;
}

bool is_title(Str* s) {
  bool cased = false, prev_cased = false;
  bool ok = all_of(s, [&](uint32_t c) {
    uint32_t f = unicode::flags(c);
    if (f & (unicode::kUpper | unicode::kTitle)) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (f & unicode::kLower) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
    return true;
  });
  return ok && cased;
}

bool is_identifier(Str* s) {
  if (s->size_ == 0) return false;
  bool first = true;
  return all_of(s, [&](uint32_t c) {
    uint32_t want = first ? unicode::kXidStart : unicode::kXidContinue;
    first = false;
    return has(c, want);
  });
}

enum class Test {
  Alpha, Alnum, Decimal, Digit, Numeric, Space, Upper, Lower, Title, Identifier,
  Printable, Ascii,
};

bool test(Str* s, Test which) {
  switch (which) {
    case Test::Alpha: return all_flagged(s, unicode::kAlpha);
    case Test::Alnum:
      return all_flagged(s, unicode::kAlpha | unicode::kDecimal | unicode::kDigit |
                                unicode::kNumeric);
    case Test::Decimal: return all_flagged(s, unicode::kDecimal);
    case Test::Digit: return all_flagged(s, unicode::kDigit);
    case Test::Numeric: return all_flagged(s, unicode::kNumeric);
    case Test::Space: return all_flagged(s, unicode::kSpace);
    case Test::Upper: return one_case(s, unicode::kUpper, unicode::kLower);
    case Test::Lower: return one_case(s, unicode::kLower, unicode::kUpper);
    case Test::Title: return is_title(s);
    case Test::Identifier: return is_identifier(s);
    case Test::Printable:
      return all_of(s, [](uint32_t c) { return has(c, unicode::kPrintable); });
    case Test::Ascii: return s->is_ascii();
  }
  return false;
}

#define TR_TEST_METHOD(fn, pyname, which)                                     \
  Value fn(const Value* args, size_t nargs, Tuple* kwnames) {                 \
    if (!args_none("str." pyname, nargs - 1, kwnames)) return Value::null(); \
    return Value::boolean(test(as_str(args[0]), which));                      \
  }
TR_TEST_METHOD(str_isalpha, "isalpha", Test::Alpha)
TR_TEST_METHOD(str_isalnum, "isalnum", Test::Alnum)
TR_TEST_METHOD(str_isdecimal, "isdecimal", Test::Decimal)
TR_TEST_METHOD(str_isdigit, "isdigit", Test::Digit)
TR_TEST_METHOD(str_isnumeric, "isnumeric", Test::Numeric)
TR_TEST_METHOD(str_isspace, "isspace", Test::Space)
TR_TEST_METHOD(str_isupper, "isupper", Test::Upper)
TR_TEST_METHOD(str_islower, "islower", Test::Lower)
TR_TEST_METHOD(str_istitle, "istitle", Test::Title)
TR_TEST_METHOD(str_isidentifier, "isidentifier", Test::Identifier)
TR_TEST_METHOD(str_isprintable, "isprintable", Test::Printable)
TR_TEST_METHOD(str_isascii, "isascii", Test::Ascii)
#undef TR_TEST_METHOD

const MethodDef kMethods[] = {
    {"upper", str_upper, 0},         {"lower", str_lower, 0},
    {"casefold", str_casefold, 0},   {"swapcase", str_swapcase, 0},
    {"capitalize", str_capitalize, 0}, {"title", str_title, 0},
    {"isalpha", str_isalpha, 0},     {"isalnum", str_isalnum, 0},
    {"isdecimal", str_isdecimal, 0}, {"isdigit", str_isdigit, 0},
    {"isnumeric", str_isnumeric, 0}, {"isspace", str_isspace, 0},
    {"isupper", str_isupper, 0},     {"islower", str_islower, 0},
    {"istitle", str_istitle, 0},     {"isidentifier", str_isidentifier, 0},
    {"isprintable", str_isprintable, 0}, {"isascii", str_isascii, 0},
};

}  // namespace

void str_add_case_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
