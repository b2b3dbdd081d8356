// str's substring methods: find/rfind/index/rindex/count, startswith/endswith,
// replace, removeprefix/removesuffix. Searches run on UTF-8 bytes (a valid
// needle only matches at character boundaries); indices are code points.
#include <cstring>

#include "objects/str_internal.h"

namespace tr {
namespace {

// The byte window [b0, b1) of code points [lo, hi) of s; false if empty-invalid.
struct Window {
  size_t b0, b1;
};
Window window(Str* s, int64_t lo, int64_t hi) {
  return {str_offset_of(s, static_cast<size_t>(lo)), str_offset_of(s, static_cast<size_t>(hi))};
}

// Parses (sub[, start[, end]]) of the find family; false with an error.
bool find_args(const char* qualname, const Value* args, size_t nargs, Tuple* kwnames,
               Str** sub, int64_t* lo, int64_t* hi) {
  const char* name = str_method_name(qualname);
  if (!args_old(qualname, name, nargs - 1, kwnames, 1, 3)) return false;
  if (!arg_is_str(args[1], name, 0)) return false;
  *sub = as_str(args[1]);
  Str* s = as_str(args[0]);
  return parse_range(nargs > 2 ? args[2] : Value::null(), nargs > 3 ? args[3] : Value::null(),
                     static_cast<int64_t>(s->length_), lo, hi);
}

// Index of sub in s[lo:hi] (forward or from the right), -1 if absent.
int64_t find_in(Str* s, Str* sub, int64_t lo, int64_t hi, bool reverse) {
  if (lo > hi || lo > static_cast<int64_t>(s->length_)) return -1;
  if (static_cast<int64_t>(sub->length_) > hi - lo) return -1;
  Window w = window(s, lo, hi);
  std::string_view hay(s->data_ + w.b0, w.b1 - w.b0);
  size_t at = reverse ? hay.rfind(sub->view()) : find_bytes(hay, sub->view());
  if (at == std::string_view::npos) return -1;
  return static_cast<int64_t>(str_index_of_offset(s, w.b0 + at));
}

Value find_common(const Value* args, size_t nargs, Tuple* kwnames, const char* qualname,
                  bool reverse, bool raise_missing) {
  Str* sub;
  int64_t lo, hi;
  if (!find_args(qualname, args, nargs, kwnames, &sub, &lo, &hi)) return Value::null();
  int64_t r = find_in(as_str(args[0]), sub, lo, hi, reverse);
  if (r < 0 && raise_missing) return raise(&exc::ValueError, "substring not found");
  return Value::small_int(r);
}

Value str_find(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "str.find", false, false); }
Value str_rfind(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "str.rfind", true, false); }
Value str_index(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "str.index", false, true); }
Value str_rindex(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "str.rindex", true, true); }

size_t count_in(std::string_view hay, std::string_view needle, size_t limit) {
  size_t n = 0;
  for (size_t at = 0; n < limit;) {
    at = find_bytes(hay, needle, at);
    if (at == std::string_view::npos) break;
    ++n;
    at += needle.size();
  }
  return n;
}

Value str_count(const Value* args, size_t nargs, Tuple* kwnames) {
  Str* sub;
  int64_t lo, hi;
  if (!find_args("str.count", args, nargs, kwnames, &sub, &lo, &hi)) return Value::null();
  Str* s = as_str(args[0]);
  if (lo > hi || lo > static_cast<int64_t>(s->length_)) return Value::small_int(0);
  if (sub->size_ == 0) return Value::small_int(hi - lo + 1);
  Window w = window(s, lo, hi);
  std::string_view hay(s->data_ + w.b0, w.b1 - w.b0);
  return Value::small_int(static_cast<int64_t>(count_in(hay, sub->view(), SIZE_MAX)));
}

// startswith/endswith: prefix is a str or a tuple of str.
Value affix_match(const Value* args, size_t nargs, Tuple* kwnames, const char* qualname,
                  bool at_end) {
  const char* name = str_method_name(qualname);
  if (!args_old(qualname, name, nargs - 1, kwnames, 1, 3)) return Value::null();
  Str* s = as_str(args[0]);
  int64_t lo, hi;
  if (!parse_range(nargs > 2 ? args[2] : Value::null(), nargs > 3 ? args[3] : Value::null(),
                   static_cast<int64_t>(s->length_), &lo, &hi))
    return Value::null();
  auto matches = [&](Str* sub) {
    if (lo > static_cast<int64_t>(s->length_)) return false;
    if (hi - lo < static_cast<int64_t>(sub->length_)) return false;
    Window w = window(s, lo, hi);
    std::string_view hay(s->data_ + w.b0, w.b1 - w.b0);
    return at_end ? hay.ends_with(sub->view()) : hay.starts_with(sub->view());
  };
  Value prefix = args[1];
  if (is_tuple(prefix)) {
    Tuple* t = prefix.as<Tuple>();
    for (size_t i = 0; i < t->size_; ++i) {
      if (!is_str(t->items_[i]))
        return raise(&exc::TypeError, "tuple for %s must only contain str, not %s", name,
                     type_name_of(t->items_[i]));
      if (matches(as_str(t->items_[i]))) return Value::true_();
    }
    return Value::false_();
  }
  if (!is_str(prefix))
    return raise(&exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                 type_name_of(prefix));
  return Value::boolean(matches(as_str(prefix)));
}

Value str_startswith(const Value* a, size_t n, Tuple* k) { return affix_match(a, n, k, "str.startswith", false); }
Value str_endswith(const Value* a, size_t n, Tuple* k) { return affix_match(a, n, k, "str.endswith", true); }

Value str_replace(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_range("str.replace", "replace", nargs - 1, kwnames, 2, 3)) return Value::null();
  if (!arg_is_str(args[1], "replace", 1) || !arg_is_str(args[2], "replace", 2))
    return Value::null();
  Str* s = as_str(args[0]);
  Str* old = as_str(args[1]);
  Str* rep = as_str(args[2]);
  int64_t limit = -1;
  if (nargs > 3) {
    if (!is_int(args[3]) && !type_of(args[3])->index_)
      return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name_of(args[3]));
    if (!arg_ssize(args[3], &limit)) return Value::null();
  }
  size_t max = limit < 0 ? SIZE_MAX : static_cast<size_t>(limit);
  std::string_view text = s->view();
  std::string out;
  size_t count = 0;
  if (old->size_ == 0) {
    // An empty pattern matches before every character and at the end.
    size_t n = s->length_ + 1 < max ? s->length_ + 1 : max;
    if (n == 0) return str_exact(s);
    if (rep->size_ * n > kMaxStrBytes) return raise_memory_error();
    out.reserve(text.size() + rep->size_ * n);
    size_t pos = 0;
    for (size_t i = 0; i < n; ++i) {
      out += rep->view();
      if (pos < text.size()) {
        size_t len = utf8::seq_len(static_cast<unsigned char>(text[pos]));
        out.append(text.substr(pos, len));
        pos += len;
      }
    }
    out.append(text.substr(pos));
    count = n;
  } else {
    size_t pos = 0;
    while (count < max) {
      size_t at = find_bytes(text, old->view(), pos);
      if (at == std::string_view::npos) break;
      out.append(text.substr(pos, at - pos));
      out += rep->view();
      if (out.size() > kMaxStrBytes) return raise_memory_error();
      pos = at + old->size_;
      ++count;
    }
    if (count == 0) return str_exact(s);
    out.append(text.substr(pos));
  }
  size_t length = s->length_ + count * rep->length_ - count * old->length_;
  return Value::object(str_new_known(out, length));
}

Value remove_affix(const Value* args, size_t nargs, Tuple* kwnames, const char* qualname,
                   bool suffix) {
  const char* name = str_method_name(qualname);
  if (!args_one(qualname, nargs - 1, kwnames)) return Value::null();
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "%s() argument must be str, not %s", name,
                 type_name_of(args[1]));
  Str* s = as_str(args[0]);
  Str* a = as_str(args[1]);
  std::string_view text = s->view();
  if (a->size_ == 0) return str_exact(s);
  if (suffix ? !text.ends_with(a->view()) : !text.starts_with(a->view())) return str_exact(s);
  if (suffix) return Value::object(str_substr(s, 0, s->length_ - a->length_));
  return Value::object(str_substr(s, a->length_, s->length_));
}

Value str_removeprefix(const Value* a, size_t n, Tuple* k) { return remove_affix(a, n, k, "str.removeprefix", false); }
Value str_removesuffix(const Value* a, size_t n, Tuple* k) { return remove_affix(a, n, k, "str.removesuffix", true); }

const MethodDef kMethods[] = {
    {"find", str_find, 0},
    {"rfind", str_rfind, 0},
    {"index", str_index, 0},
    {"rindex", str_rindex, 0},
    {"count", str_count, 0},
    {"startswith", str_startswith, 0},
    {"endswith", str_endswith, 0},
    {"replace", str_replace, 0},
    {"removeprefix", str_removeprefix, 0},
    {"removesuffix", str_removesuffix, 0},
};

}  // namespace

void str_add_search_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
