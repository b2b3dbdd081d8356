// str's splitting and joining: split/rsplit (whitespace runs or a separator,
// maxsplit), splitlines, partition/rpartition and join.
#include <cstring>

#include "objects/str_internal.h"
#include "objects/unicode_db.h"

namespace tr {
namespace {

// Whitespace as str.isspace() sees it; ASCII answered without the table.
bool space_at(std::string_view text, size_t pos, size_t* len) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    *len = 1;
    return is_ascii_space(c);
  }
  uint32_t cp = utf8::decode(text.data() + pos, len);
  return unicode::has(cp, unicode::kSpace);
}
bool space_before(std::string_view text, size_t pos, size_t* len) {
  size_t p = pos - 1;
  while (p > 0 && utf8::is_continuation(static_cast<unsigned char>(text[p]))) --p;
  return space_at(text, p, len);
}

Value piece(Str* s, std::string_view part) {
  if (part.size() == s->size_) return str_exact(s);
  return Value::object(s->is_ascii() ? str_new_known(part, part.size()) : str_new(part));
}

bool split_args(const char* name, const Value* args, size_t nargs, Tuple* kwnames, Str** sep,
                int64_t* maxsplit) {
  static const char* const kParams[] = {"sep", "maxsplit"};
  Value a[2];
  if (!args_keywords(name, args + 1, nargs - 1, kwnames, kParams, 2, 0, a)) return false;
  *sep = nullptr;
  if (!a[0].is_null() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      raise(&exc::TypeError, "must be str or None, not %s", type_name_of(a[0]));
      return false;
    }
    *sep = as_str(a[0]);
    if ((*sep)->size_ == 0) {
      raise(&exc::ValueError, "empty separator");
      return false;
    }
  }
  *maxsplit = -1;
  if (!a[1].is_null() && !arg_ssize(a[1], maxsplit)) return false;
  return true;
}

Value str_split(const Value* args, size_t nargs, Tuple* kwnames) {
  Str* sep;
  int64_t maxsplit;
  if (!split_args("split", args, nargs, kwnames, &sep, &maxsplit)) return Value::null();
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  size_t limit = maxsplit < 0 ? SIZE_MAX : static_cast<size_t>(maxsplit);
  List* out = list_new();
  if (sep) {
    size_t pos = 0;
    for (size_t n = 0; n < limit; ++n) {
      size_t at = find_bytes(text, sep->view(), pos);
      if (at == std::string_view::npos) break;
      if (failed(list_append(out, piece(s, text.substr(pos, at - pos))))) return Value::null();
      pos = at + sep->size_;
    }
    if (failed(list_append(out, piece(s, text.substr(pos))))) return Value::null();
    return Value::object(out);
  }
  if (s->is_ascii()) {
    // One byte a character: the same loop without decoding.
    size_t pos = 0, size = text.size();
    const char* d = text.data();
    for (size_t n = 0;; ++n) {
      while (pos < size && is_ascii_space(static_cast<unsigned char>(d[pos]))) ++pos;
      if (pos == size) break;
      if (n == limit) {  // the rest, trailing whitespace included
        if (failed(list_append(out, piece(s, text.substr(pos))))) return Value::null();
        break;
      }
      size_t start = pos;
      while (pos < size && !is_ascii_space(static_cast<unsigned char>(d[pos]))) ++pos;
      if (failed(list_append(out, piece(s, text.substr(start, pos - start))))) return Value::null();
    }
    return Value::object(out);
  }
  size_t pos = 0, len;
  for (size_t n = 0;; ++n) {
    while (pos < text.size() && space_at(text, pos, &len)) pos += len;
    if (pos == text.size()) break;
    if (n == limit) {  // the rest, trailing whitespace included
      if (failed(list_append(out, piece(s, text.substr(pos))))) return Value::null();
      break;
    }
    size_t start = pos;
    while (pos < text.size() && !space_at(text, pos, &len))
      pos += utf8::seq_len(static_cast<unsigned char>(text[pos]));
    if (failed(list_append(out, piece(s, text.substr(start, pos - start)))))
      return Value::null();
  }
  return Value::object(out);
}

// Builds rsplit's pieces from the right, then reverses them in place.
Value str_rsplit(const Value* args, size_t nargs, Tuple* kwnames) {
  Str* sep;
  int64_t maxsplit;
  if (!split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit)) return Value::null();
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  size_t limit = maxsplit < 0 ? SIZE_MAX : static_cast<size_t>(maxsplit);
  List* out = list_new();
  if (sep) {
    size_t end = text.size();
    for (size_t n = 0; n < limit && end >= sep->size_; ++n) {
      size_t at = text.substr(0, end).rfind(sep->view());
      if (at == std::string_view::npos) break;
      size_t from = at + sep->size_;
      if (failed(list_append(out, piece(s, text.substr(from, end - from)))))
        return Value::null();
      end = at;
    }
    if (failed(list_append(out, piece(s, text.substr(0, end))))) return Value::null();
  } else {
    size_t end = text.size(), len;
    for (size_t n = 0;; ++n) {
      while (end > 0 && space_before(text, end, &len)) end -= len;
      if (end == 0) break;
      if (n == limit) {
        if (failed(list_append(out, piece(s, text.substr(0, end))))) return Value::null();
        break;
      }
      size_t stop = end;
      while (end > 0 && !space_before(text, end, &len)) end -= len;
      if (failed(list_append(out, piece(s, text.substr(end, stop - end)))))
        return Value::null();
    }
  }
  for (size_t i = 0, j = out->size_; i + 1 < j; ++i, --j) std::swap(out->items_[i], out->items_[j - 1]);
  return Value::object(out);
}

Value str_splitlines(const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"keepends"};
  Value a[1];
  if (!args_keywords("splitlines", args + 1, nargs - 1, kwnames, kParams, 1, 0, a))
    return Value::null();
  bool keepends = false;
  if (!a[0].is_null()) {
    if (a[0].is_bool()) {
      keepends = a[0].is_true();
    } else {
      if (!is_int(a[0]) && !type_of(a[0])->index_)
        return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name_of(a[0]));
      Value i = to_index(a[0]);
      if (i.is_null()) return Value::null();
      int64_t v;
      if (!int_to_i64(i, &v) || v != static_cast<int32_t>(v))
        return raise(&exc::OverflowError, "Python int too large to convert to C int");
      keepends = v != 0;
    }
  }
  Str* s = as_str(args[0]);
  std::string_view text = s->view();
  List* out = list_new();
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos, len = 1, eol = 0;
    while (pos < text.size()) {
      uint32_t cp = utf8::decode(text.data() + pos, &len);
      if (unicode::is_linebreak(cp)) {
        eol = len;
        if (cp == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') eol = 2;
        break;
      }
      pos += len;
    }
    size_t stop = keepends ? pos + eol : pos;
    if (failed(list_append(out, piece(s, text.substr(start, stop - start)))))
      return Value::null();
    pos += eol;
  }
  return Value::object(out);
}

Value partition(const Value* args, size_t nargs, Tuple* kwnames, bool from_right) {
  if (!args_one(from_right ? "str.rpartition" : "str.partition", nargs - 1, kwnames))
    return Value::null();
  if (!arg_is_str(args[1], nullptr, 0)) return Value::null();
  Str* s = as_str(args[0]);
  Str* sep = as_str(args[1]);
  if (sep->size_ == 0) return raise(&exc::ValueError, "empty separator");
  std::string_view text = s->view();
  size_t at = from_right ? text.rfind(sep->view()) : text.find(sep->view());
  Value empty = Value::object(str_empty());
  if (at == std::string_view::npos) {
    Value whole = str_exact(s);
    return Value::object(from_right ? tuple_pack({empty, empty, whole})
                                    : tuple_pack({whole, empty, empty}));
  }
  Value head = piece(s, text.substr(0, at));
  Value tail = piece(s, text.substr(at + sep->size_));
  return Value::object(tuple_pack({head, str_exact(sep), tail}));
}

Value str_partition(const Value* a, size_t n, Tuple* k) { return partition(a, n, k, false); }
Value str_rpartition(const Value* a, size_t n, Tuple* k) { return partition(a, n, k, true); }

// ---------------------------------------------------------------------------
// join

Value join_items(Str* sep, const Value* items, size_t n) {
  size_t bytes = 0, length = 0;
  bool ascii = sep->is_ascii();
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i]))
      return raise(&exc::TypeError, "sequence item %zu: expected str instance, %s found", i,
                   type_name_of(items[i]));
    Str* x = as_str(items[i]);
    bytes += x->size_;
    length += x->length_;
    ascii = ascii && x->is_ascii();
  }
  if (n == 1 && is_exact_str(items[0])) return items[0];
  if (n > 0) {
    bytes += sep->size_ * (n - 1);
    length += sep->length_ * (n - 1);
  }
  if (bytes > kMaxStrBytes) return raise_memory_error();
  Str* r = str_new_uninit(bytes, length, ascii);
  char* p = r->data_;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) {
      std::memcpy(p, sep->data_, sep->size_);
      p += sep->size_;
    }
    Str* x = as_str(items[i]);
    std::memcpy(p, x->data_, x->size_);
    p += x->size_;
  }
  str_finish(r);
  return Value::object(r);
}

Value str_join(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_one("str.join", nargs - 1, kwnames)) return Value::null();
  Str* sep = as_str(args[0]);
  Value seq = args[1];
  if (is_list(seq)) {
    // join_items runs no Python code, so the list cannot change under it.
    List* l = seq.as<List>();
    return join_items(sep, l->items_, l->size_);
  }
  if (is_tuple(seq)) return join_items(sep, seq.as<Tuple>()->items_, seq.as<Tuple>()->size_);
  Value it = get_iter(seq);
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
    if (v.is_null()) return Value::null();
    if (v.is_exhausted()) break;
    items.push_back(v);
  }
  return join_items(sep, items.data(), items.size());
}

const MethodDef kMethods[] = {
    {"split", str_split, 0},
    {"rsplit", str_rsplit, 0},
    {"splitlines", str_splitlines, 0},
    {"partition", str_partition, 0},
    {"rpartition", str_rpartition, 0},
    {"join", str_join, 0},
};

}  // namespace

void str_add_split_methods(Type* t) { add_methods(t, kMethods); }

}  // namespace tr
