// Substring, splitting and trimming methods shared by bytes and bytearray:
// find family, count, startswith/endswith, replace, removeprefix/suffix,
// split/rsplit, partition/rpartition, join, strip family.
#include <algorithm>

#include "objects/bytes_internal.h"

namespace tr {
namespace {

// ASCII whitespace as bytes.isspace() sees it (no \x1c-\x1f, unlike str).
bool byte_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string qual(Value self, const char* name) {
  return std::string(bytes_kind(self)) + "." + name;
}

// The needle of find/count/index: a bytes-like object or one byte as int.
bool needle_arg(Value v, std::string* out) {
  if (is_int(v) || type_of(v)->index_) {
    uint8_t b;
    if (!byte_value(v, &b)) return false;
    out->assign(1, static_cast<char>(b));
    return true;
  }
  if (!is_bytes_like(v)) {
    raise(&exc::TypeError, "argument should be integer or bytes-like object, not '%s'",
          type_name_of(v));
    return false;
  }
  out->assign(bytes_view(v));
  return true;
}

Value find_common(const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                  bool reverse, bool raise_missing, bool count) {
  if (!args_old(qual(args[0], name).c_str(), name, nargs - 1, kwnames, 1, 3))
    return Value::null();
  std::string sub;
  if (!needle_arg(args[1], &sub)) return Value::null();
  int64_t lo, hi;
  std::string_view data = bytes_view(args[0]);
  if (!parse_range(nargs > 2 ? args[2] : Value::null(), nargs > 3 ? args[3] : Value::null(),
                   static_cast<int64_t>(data.size()), &lo, &hi))
    return Value::null();
  data = bytes_view(args[0]);  // __index__ may have resized a bytearray
  if (hi > static_cast<int64_t>(data.size())) hi = static_cast<int64_t>(data.size());
  if (count) {
    if (lo > hi) return Value::small_int(0);
    if (sub.empty()) return Value::small_int(hi - lo + 1);
    std::string_view hay = data.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
    int64_t n = 0;
    for (size_t at = 0; (at = hay.find(sub, at)) != std::string_view::npos; at += sub.size()) ++n;
    return Value::small_int(n);
  }
  int64_t r = -1;
  if (lo <= hi && static_cast<int64_t>(sub.size()) <= hi - lo) {
    std::string_view hay = data.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
    size_t at = reverse ? hay.rfind(sub) : hay.find(sub);
    if (at != std::string_view::npos) r = lo + static_cast<int64_t>(at);
  }
  if (r < 0 && raise_missing) return raise(&exc::ValueError, "subsection not found");
  return Value::small_int(r);
}

Value b_find(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "find", false, false, false); }
Value b_rfind(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "rfind", true, false, false); }
Value b_index(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "index", false, true, false); }
Value b_rindex(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "rindex", true, true, false); }
Value b_count(const Value* a, size_t n, Tuple* k) { return find_common(a, n, k, "count", false, false, true); }

Value affix(const Value* args, size_t nargs, Tuple* kwnames, const char* name, bool at_end) {
  if (!args_old(qual(args[0], name).c_str(), name, nargs - 1, kwnames, 1, 3))
    return Value::null();
  int64_t lo, hi;
  if (!parse_range(nargs > 2 ? args[2] : Value::null(), nargs > 3 ? args[3] : Value::null(),
                   static_cast<int64_t>(bytes_view(args[0]).size()), &lo, &hi))
    return Value::null();
  std::string_view data = bytes_view(args[0]);
  auto matches = [&](std::string_view sub) {
    if (lo > static_cast<int64_t>(data.size()) || hi - lo < static_cast<int64_t>(sub.size()))
      return false;
    std::string_view hay = data.substr(static_cast<size_t>(lo), static_cast<size_t>(hi - lo));
    return at_end ? hay.ends_with(sub) : hay.starts_with(sub);
  };
  Value prefix = args[1];
  if (is_tuple(prefix)) {
    Tuple* t = prefix.as<Tuple>();
    for (size_t i = 0; i < t->size_; ++i) {
      std::string_view sub;
      if (!arg_bytes_like(t->items_[i], &sub)) return Value::null();
      if (matches(sub)) return Value::true_();
    }
    return Value::false_();
  }
  if (!is_bytes_like(prefix))
    return raise(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                 name, type_name_of(prefix));
  return Value::boolean(matches(bytes_view(prefix)));
}

Value b_startswith(const Value* a, size_t n, Tuple* k) { return affix(a, n, k, "startswith", false); }
Value b_endswith(const Value* a, size_t n, Tuple* k) { return affix(a, n, k, "endswith", true); }

Value b_replace(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_range(qual(args[0], "replace").c_str(), "replace", nargs - 1, kwnames, 2, 3))
    return Value::null();
  std::string_view old_v, new_v;
  if (!arg_bytes_like(args[1], &old_v) || !arg_bytes_like(args[2], &new_v)) return Value::null();
  int64_t limit = -1;
  if (nargs > 3) {
    if (!is_int(args[3]) && !type_of(args[3])->index_)
      return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name_of(args[3]));
    if (!arg_ssize(args[3], &limit)) return Value::null();
  }
  std::string old_s(bytes_view(args[1])), rep(bytes_view(args[2]));
  std::string_view data = bytes_view(args[0]);
  size_t max = limit < 0 ? SIZE_MAX : static_cast<size_t>(limit);
  std::string out;
  if (old_s.empty()) {
    size_t n = std::min(data.size() + 1, max);
    if (rep.size() * n > kMaxStrBytes) return raise_memory_error();
    for (size_t i = 0; i < data.size() + 1; ++i) {
      if (i < n) out += rep;
      if (i < data.size()) out += data[i];
    }
  } else {
    size_t pos = 0, count = 0;
    while (count < max) {
      size_t at = data.find(old_s, pos);
      if (at == std::string_view::npos) break;
      out.append(data.substr(pos, at - pos));
      out += rep;
      if (out.size() > kMaxStrBytes) return raise_memory_error();
      pos = at + old_s.size();
      ++count;
    }
    out.append(data.substr(pos));
  }
  return bytes_make_like(args[0], out);
}

Value remove_affix(const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                   bool suffix) {
  if (!args_one(qual(args[0], name).c_str(), nargs - 1, kwnames)) return Value::null();
  std::string_view a;
  if (!arg_bytes_like(args[1], &a)) return Value::null();
  std::string_view data = bytes_view(args[0]);
  if (!a.empty() && (suffix ? data.ends_with(a) : data.starts_with(a)))
    data = suffix ? data.substr(0, data.size() - a.size()) : data.substr(a.size());
  if (data.size() == bytes_view(args[0]).size() && args[0].as_object()->cls_ == &bytes_type)
    return args[0];
  return bytes_make_like(args[0], data);
}

Value b_removeprefix(const Value* a, size_t n, Tuple* k) { return remove_affix(a, n, k, "removeprefix", false); }
Value b_removesuffix(const Value* a, size_t n, Tuple* k) { return remove_affix(a, n, k, "removesuffix", true); }

// ---------------------------------------------------------------------------
// split / rsplit / partition

bool split_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                std::string* sep, bool* have_sep, int64_t* maxsplit) {
  static const char* const kParams[] = {"sep", "maxsplit"};
  Value a[2];
  if (!args_keywords(name, args + 1, nargs - 1, kwnames, kParams, 2, 0, a)) return false;
  *have_sep = !a[0].is_null() && !a[0].is_none();
  if (*have_sep) {
    std::string_view v;
    if (!arg_bytes_like(a[0], &v)) return false;
    if (v.empty()) {
      raise(&exc::ValueError, "empty separator");
      return false;
    }
    sep->assign(v);
  }
  *maxsplit = -1;
  if (!a[1].is_null()) {
    if (!is_int(a[1]) && !type_of(a[1])->index_) {
      raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
            type_name_of(a[1]));
      return false;
    }
    if (!arg_ssize(a[1], maxsplit)) return false;
  }
  return true;
}

Value split_impl(const Value* args, size_t nargs, Tuple* kwnames, bool from_right) {
  std::string sep;
  bool have_sep;
  int64_t maxsplit;
  if (!split_args(from_right ? "rsplit" : "split", args, nargs, kwnames, &sep, &have_sep,
                  &maxsplit))
    return Value::null();
  std::string data(bytes_view(args[0]));
  size_t limit = maxsplit < 0 ? SIZE_MAX : static_cast<size_t>(maxsplit);
  RootedValues parts;
  if (have_sep && !from_right) {
    size_t pos = 0;
    for (size_t n = 0; n < limit; ++n) {
      size_t at = data.find(sep, pos);
      if (at == std::string::npos) break;
      parts.push_back(bytes_make_like(args[0], std::string_view(data).substr(pos, at - pos)));
      pos = at + sep.size();
    }
    parts.push_back(bytes_make_like(args[0], std::string_view(data).substr(pos)));
  } else if (have_sep) {
    size_t end = data.size();
    for (size_t n = 0; n < limit && end >= sep.size(); ++n) {
      size_t at = std::string_view(data).substr(0, end).rfind(sep);
      if (at == std::string::npos) break;
      size_t from = at + sep.size();
      parts.push_back(bytes_make_like(args[0], std::string_view(data).substr(from, end - from)));
      end = at;
    }
    parts.push_back(bytes_make_like(args[0], std::string_view(data).substr(0, end)));
  } else if (!from_right) {
    size_t pos = 0;
    for (size_t n = 0;; ++n) {
      while (pos < data.size() && byte_space(data[pos])) ++pos;
      if (pos == data.size()) break;
      size_t start = pos;
      if (n == limit) pos = data.size();
      while (pos < data.size() && !byte_space(data[pos])) ++pos;
      parts.push_back(bytes_make_like(args[0], std::string_view(data).substr(start, pos - start)));
    }
  } else {
    size_t end = data.size();
    for (size_t n = 0;; ++n) {
      while (end > 0 && byte_space(data[end - 1])) --end;
      if (end == 0) break;
      size_t stop = end;
      if (n == limit) end = 0;
      while (end > 0 && !byte_space(data[end - 1])) --end;
      parts.push_back(bytes_make_like(args[0], std::string_view(data).substr(end, stop - end)));
    }
  }
  if (from_right) std::reverse(parts.data(), parts.data() + parts.size());
  List* out = list_new();
  for (size_t i = 0; i < parts.size(); ++i) {
    if (failed(list_append(out, parts[i]))) return Value::null();
  }
  return Value::object(out);
}

Value b_split(const Value* a, size_t n, Tuple* k) { return split_impl(a, n, k, false); }
Value b_rsplit(const Value* a, size_t n, Tuple* k) { return split_impl(a, n, k, true); }

Value partition(const Value* args, size_t nargs, Tuple* kwnames, bool from_right) {
  if (!args_one(qual(args[0], from_right ? "rpartition" : "partition").c_str(), nargs - 1,
                kwnames))
    return Value::null();
  std::string_view sep;
  if (!arg_bytes_like(args[1], &sep)) return Value::null();
  if (sep.empty()) return raise(&exc::ValueError, "empty separator");
  std::string_view data = bytes_view(args[0]);
  size_t at = from_right ? data.rfind(sep) : data.find(sep);
  Value empty1 = bytes_make_like(args[0], {});
  Value empty2 = bytes_make_like(args[0], {});
  if (at == std::string_view::npos) {
    Value whole = bytes_make_like(args[0], data);
    return Value::object(from_right ? tuple_pack({empty1, empty2, whole})
                                    : tuple_pack({whole, empty1, empty2}));
  }
  Value head = bytes_make_like(args[0], data.substr(0, at));
  Value mid = bytes_make_like(args[0], sep);
  Value tail = bytes_make_like(args[0], data.substr(at + sep.size()));
  return Value::object(tuple_pack({head, mid, tail}));
}

Value b_partition(const Value* a, size_t n, Tuple* k) { return partition(a, n, k, false); }
Value b_rpartition(const Value* a, size_t n, Tuple* k) { return partition(a, n, k, true); }

Value b_join(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one(qual(args[0], "join").c_str(), nargs - 1, kwnames)) return Value::null();
  Value it = get_iter(args[1]);
  if (it.is_null()) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      return raise(&exc::TypeError, "can only join an iterable");
    }
    return Value::null();
  }
  RootedValues items;
  for (;;) {
    Value v = iter_next(it);
    if (v.is_null()) return v;
    if (v.is_exhausted()) break;
    if (!is_bytes_like(v))
      return raise(&exc::TypeError, "sequence item %zu: expected a bytes-like object, %s found",
                   items.size(), type_name_of(v));
    items.push_back(v);
  }
  std::string sep(bytes_view(args[0]));
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += bytes_view(items[i]);
    if (out.size() > kMaxStrBytes) return raise_memory_error();
  }
  return bytes_make_like(args[0], out);
}

// ---------------------------------------------------------------------------
// strip

Value strip(const Value* args, size_t nargs, Tuple* kwnames, const char* name, bool left,
            bool right) {
  if (!args_range(qual(args[0], name).c_str(), name, nargs - 1, kwnames, 0, 1))
    return Value::null();
  bool have_chars = nargs > 1 && !args[1].is_none();
  std::string_view chars;
  if (have_chars && !arg_bytes_like(args[1], &chars)) return Value::null();
  std::string_view data = bytes_view(args[0]);
  auto strippable = [&](char c) {
    return have_chars ? chars.find(c) != std::string_view::npos : byte_space(c);
  };
  size_t b = 0, e = data.size();
  if (left) while (b < e && strippable(data[b])) ++b;
  if (right) while (e > b && strippable(data[e - 1])) --e;
  if (b == 0 && e == data.size() && args[0].as_object()->cls_ == &bytes_type) return args[0];
  return bytes_make_like(args[0], data.substr(b, e - b));
}

Value b_strip(const Value* a, size_t n, Tuple* k) { return strip(a, n, k, "strip", true, true); }
Value b_lstrip(const Value* a, size_t n, Tuple* k) { return strip(a, n, k, "lstrip", true, false); }
Value b_rstrip(const Value* a, size_t n, Tuple* k) { return strip(a, n, k, "rstrip", false, true); }

const MethodDef kMethods[] = {
    {"find", b_find, 0},
    {"rfind", b_rfind, 0},
    {"index", b_index, 0},
    {"rindex", b_rindex, 0},
    {"count", b_count, 0},
    {"startswith", b_startswith, 0},
    {"endswith", b_endswith, 0},
    {"replace", b_replace, 0},
    {"removeprefix", b_removeprefix, 0},
    {"removesuffix", b_removesuffix, 0},
    {"split", b_split, 0},
    {"rsplit", b_rsplit, 0},
    {"partition", b_partition, 0},
    {"rpartition", b_rpartition, 0},
    {"join", b_join, 0},
    {"strip", b_strip, 0},
    {"lstrip", b_lstrip, 0},
    {"rstrip", b_rstrip, 0},
};

}  // namespace

void bytes_add_search_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
