// bytes core: allocation, repr, the slots shared with bytearray (compare,
// concatenation, repetition, indexing, membership, iteration), construction
// from any source, and bytes_type_init, which readies both types.
#include <cstring>

#include "objects/bytes_internal.h"

namespace tr {

Type bytes_type, bytes_iterator_type, bytearray_iterator_type;

// ---------------------------------------------------------------------------
// Construction

Bytes* bytes_new(std::string_view data) {
  auto* b = static_cast<Bytes*>(alloc_object_sized(&bytes_type, sizeof(Bytes) + data.size() + 1));
  b->hash_ = -1;
  b->size_ = data.size();
  if (!data.empty()) std::memcpy(b->data_, data.data(), data.size());
  b->data_[data.size()] = '\0';
  return b;
}

Value bytes_make_like(Value self, std::string_view data) {
  if (is_bytearray(self)) return Value::object(bytearray_new(data));
  return Value::object(bytes_new(data));
}

bool arg_bytes_like(Value v, std::string_view* out) {
  if (!is_bytes_like(v)) {
    raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name_of(v));
    return false;
  }
  *out = bytes_view(v);
  return true;
}

bool byte_value(Value v, uint8_t* out) {
  if (!is_int(v) && !type_of(v)->index_) {
    raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name_of(v));
    return false;
  }
  Value i = to_index(v);
  if (i.is_null()) return false;
  int64_t n;
  if (!int_to_i64(i, &n) || n < 0 || n > 255) {
    raise(&exc::ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<uint8_t>(n);
  return true;
}

namespace {

Str* dunder_bytes() {
  static Str* name = str_intern("__bytes__");
  return name;
}

bool bytes_from_iterable(const char* type_name, Value source, std::string* out) {
  auto add = [&](Value item) {
    uint8_t b;
    if (!byte_value(item, &b)) {
      // bytes() says "bytes must be in range"; bytearray() keeps "byte".
      if (std::strcmp(type_name, "bytes") == 0 && error_matches(&exc::ValueError)) {
        error_clear();
        raise(&exc::ValueError, "bytes must be in range(0, 256)");
      }
      return false;
    }
    *out += static_cast<char>(b);
    return true;
  };
  if (is_list(source) || is_tuple(source)) {
    // byte_value may call __index__, which may change a list: re-read size.
    for (size_t i = 0;; ++i) {
      size_t n = is_list(source) ? source.as<List>()->size_ : source.as<Tuple>()->size_;
      if (i >= n) break;
      Value item = is_list(source) ? source.as<List>()->items_[i] : source.as<Tuple>()->items_[i];
      if (!add(item)) return false;
    }
    return true;
  }
  Value it = get_iter(source);
  if (it.is_null()) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "cannot convert '%s' object to %s", type_name_of(source),
            type_name);
    }
    return false;
  }
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return false;
    if (item.is_exhausted()) return true;
    if (!add(item)) return false;
  }
}

}  // namespace

bool bytes_from_source(const char* type_name, Value source, Value encoding, Value errors,
                       bool have_source, std::string* out) {
  if (!have_source) {
    if (!encoding.is_null() || !errors.is_null()) {
      raise(&exc::TypeError, "%s without a string argument",
            encoding.is_null() ? "errors" : "encoding");
      return false;
    }
    return true;
  }
  if (is_str(source)) {
    if (encoding.is_null()) {
      raise(&exc::TypeError, "string argument without an encoding");
      return false;
    }
    for (Value v : {encoding, errors}) {
      if (!v.is_null() && !is_str(v)) {
        raise(&exc::TypeError, "%s() argument '%s' must be str, not %s", type_name,
              v == encoding ? "encoding" : "errors", type_name_of(v));
        return false;
      }
    }
    Value b = codec_encode(as_str(source), as_str(encoding)->view(),
                           errors.is_null() ? "strict" : as_str(errors)->view());
    if (b.is_null()) return false;
    *out += b.as<Bytes>()->view();
    return true;
  }
  if (!encoding.is_null() || !errors.is_null()) {
    raise(&exc::TypeError, "%s without a string argument",
          encoding.is_null() ? "errors" : "encoding");
    return false;
  }
  if (is_bytes_like(source)) {
    *out += bytes_view(source);
    return true;
  }
  if (std::strcmp(type_name, "bytes") == 0) {
    Value m = type_lookup(type_of(source), dunder_bytes());
    if (!m.is_null()) {
      Value r = call_method(source, dunder_bytes(), nullptr, 0);
      if (r.is_null()) return false;
      if (!is_any_bytes(r)) {
        raise(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name_of(r));
        return false;
      }
      *out += bytes_view(r);
      return true;
    }
  }
  if (is_int(source) || type_of(source)->index_) {
    int64_t n;
    if (!index_ssize(source, &n, &exc::OverflowError)) return false;
    if (n < 0) {
      raise(&exc::ValueError, "negative count");
      return false;
    }
    if (static_cast<uint64_t>(n) > kMaxStrBytes) {
      raise_memory_error();
      return false;
    }
    out->append(static_cast<size_t>(n), '\0');
    return true;
  }
  return bytes_from_iterable(type_name, source, out);
}

// ---------------------------------------------------------------------------
// repr: b'...' with the quote CPython picks and \t \n \r \xhh escapes.

Value bytes_repr(std::string_view data, bool bytearray) {
  static const char kHex[] = "0123456789abcdef";
  char q = '\'';
  if (data.find('\'') != std::string_view::npos && data.find('"') == std::string_view::npos)
    q = '"';
  std::string out = bytearray ? "bytearray(b" : "b";
  out += q;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    // bytearray's repr escapes a single quote even inside double quotes.
    if (c == static_cast<unsigned char>(q) || c == '\\' || (bytearray && c == '\'')) {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
  out += q;
  if (bytearray) out += ')';
  return Value::object(str_new_known(out, out.size()));
}

namespace {

// ---------------------------------------------------------------------------
// Slots shared by bytes and bytearray

Value bytes_repr_slot(Value self) { return bytes_repr(bytes_view(self), is_bytearray(self)); }

int64_t bytes_hash_slot(Value self) {
  auto* b = self.as<Bytes>();
  if (b->hash_ == -1) b->hash_ = hash_data(b->data_, b->size_);
  return b->hash_;
}

Value bytes_compare_slot(Value a, Value b, CompareOp op) {
  if (!is_bytes_like(a) || !is_bytes_like(b)) return Value::not_implemented();
  std::string_view x = bytes_view(a), y = bytes_view(b);
  if (op == CompareOp::Eq) return Value::boolean(x == y);
  if (op == CompareOp::Ne) return Value::boolean(x != y);
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value bytes_repeat(Value self, Value count) {
  int64_t n;
  if (!index_ssize(count, &n, &exc::OverflowError)) return Value::null();
  std::string_view data = bytes_view(self);
  if (n <= 0 || data.empty()) return bytes_make_like(self, {});
  if (static_cast<uint64_t>(n) > kMaxStrBytes / data.size()) return raise_memory_error();
  std::string out;
  out.reserve(data.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += data;
  return bytes_make_like(self, out);
}

bool index_like(Value v) { return is_int(v) || type_of(v)->index_ != nullptr; }

Value bytes_binary_slot(BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::Add: {
      if (!is_bytes_like(a)) return Value::not_implemented();
      if (!is_bytes_like(b)) {
        if (type_has_flag(type_of(b), kTypeHeap)) return Value::not_implemented();
        return raise(&exc::TypeError, "can't concat %s to %s", type_name_of(b),
                     type_name_of(a));
      }
      std::string out(bytes_view(a));
      out += bytes_view(b);
      return bytes_make_like(a, out);
    }
    case BinaryOp::Mul: {
      Value s = is_bytes_like(a) ? a : b;
      Value n = is_bytes_like(a) ? b : a;
      if (index_like(n)) return bytes_repeat(s, n);
      if (is_bytes_like(a) && type_has_flag(type_of(b), kTypeHeap))
        return Value::not_implemented();
      return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name_of(n));
    }
    case BinaryOp::Mod:
      if (!is_bytes_like(a)) return Value::not_implemented();
      return bytes_percent_format(a, b);
    default:
      return Value::not_implemented();
  }
}

int bytes_bool_slot(Value self) { return !bytes_view(self).empty(); }
int64_t bytes_len_slot(Value self) { return static_cast<int64_t>(bytes_view(self).size()); }

Value bytes_getitem_slot(Value self, Value key) {
  std::string_view data = bytes_view(self);
  bool ba = is_bytearray(self);
  if (key.is_object() && key.as_object()->cls_ == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(data.size()), &start,
                              &stop, &step);
    if (n < 0) return Value::null();
    data = bytes_view(self);  // slice_indices may have run __index__
    std::string out(static_cast<size_t>(n), '\0');
    for (int64_t k = 0, i = start; k < n; ++k, i += step) out[k] = data[i];
    return bytes_make_like(self, out);
  }
  if (!index_like(key))
    return raise(&exc::TypeError, "%s indices must be integers or slices, not %s",
                 ba ? "bytearray" : "byte", type_name_of(key));
  int64_t i;
  if (!index_ssize(key, &i, &exc::IndexError)) return Value::null();
  data = bytes_view(self);
  auto len = static_cast<int64_t>(data.size());
  if (i < 0) i += len;
  if (i < 0 || i >= len)
    return raise(&exc::IndexError, ba ? "bytearray index out of range" : "index out of range");
  return Value::small_int(static_cast<unsigned char>(data[i]));
}

int bytes_contains_slot(Value self, Value item) {
  if (index_like(item)) {
    uint8_t b;
    if (!byte_value(item, &b)) return -1;
    return bytes_view(self).find(static_cast<char>(b)) != std::string_view::npos;
  }
  std::string_view needle;
  if (!arg_bytes_like(item, &needle)) return -1;
  return bytes_view(self).find(needle) != std::string_view::npos;
}

// ---------------------------------------------------------------------------
// Iterators: a position into the bytes; bytearray's re-checks the size at
// every step, since the array may shrink while iterated.
struct BytesIterator : Object {
  Value seq_;  // null once exhausted
  size_t pos_;
};

void bytes_iterator_trace(Object* o, Tracer& t) { t.visit(static_cast<BytesIterator*>(o)->seq_); }
Value bytes_iterator_iter(Value self) { return self; }
Value bytes_iterator_next(Value self) {
  auto* it = self.as<BytesIterator>();
  if (it->seq_.is_null()) return Value::exhausted();
  std::string_view data = bytes_view(it->seq_);
  if (it->pos_ >= data.size()) {
    it->seq_ = Value::null();
    return Value::exhausted();
  }
  return Value::small_int(static_cast<unsigned char>(data[it->pos_++]));
}

Value bytes_iter_slot(Value self) {
  auto* it = alloc<BytesIterator>(is_bytearray(self) ? &bytearray_iterator_type
                                                     : &bytes_iterator_type);
  it->seq_ = self;
  it->pos_ = 0;
  return Value::object(it);
}

// bytes(source=b'', encoding=None, errors=None)
Value bytes_new_slot(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"source", "encoding", "errors"};
  Value a[3];
  if (!args_keywords("bytes", args, nargs, kwnames, kParams, 3, 0, a)) return Value::null();
  // bytes(b) of an exact bytes is b itself.
  if (cls == &bytes_type && !a[0].is_null() && a[1].is_null() && a[2].is_null() &&
      a[0].is_object() && a[0].as_object()->cls_ == &bytes_type)
    return a[0];
  std::string out;
  if (!bytes_from_source("bytes", a[0], a[1], a[2], !a[0].is_null(), &out)) return Value::null();
  if (cls == &bytes_type) return Value::object(bytes_new(out));
  auto* b = static_cast<Bytes*>(alloc_object_sized(cls, sizeof(Bytes) + out.size() + 1));
  b->hash_ = -1;
  b->size_ = out.size();
  if (!out.empty()) std::memcpy(b->data_, out.data(), out.size());
  return Value::object(b);
}

Value bytes_getnewargs(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("bytes.__getnewargs__", nargs - 1, kwnames)) return Value::null();
  return Value::object(tuple_pack({Value::object(bytes_new(bytes_view(args[0])))}));
}

Value bytes_bytes(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("bytes.__bytes__", nargs - 1, kwnames)) return Value::null();
  if (args[0].as_object()->cls_ == &bytes_type) return args[0];
  return Value::object(bytes_new(bytes_view(args[0])));
}

const MethodDef kBytesMethods[] = {
    {"__getnewargs__", bytes_getnewargs, 0},
    {"__bytes__", bytes_bytes, 0},
};

void ready_iterator(Type* t, const char* name) {
  t->gc_trace_ = bytes_iterator_trace;
  t->iter_ = bytes_iterator_iter;
  t->next_ = bytes_iterator_next;
  type_ready(t, name, nullptr, sizeof(BytesIterator), 0);
}

void set_shared_slots(Type* t) {
  t->repr_ = bytes_repr_slot;
  t->str_ = bytes_repr_slot;
  t->compare_ = bytes_compare_slot;
  t->binary_ = bytes_binary_slot;
  t->bool_ = bytes_bool_slot;
  t->len_ = bytes_len_slot;
  t->getitem_ = bytes_getitem_slot;
  t->contains_ = bytes_contains_slot;
  t->iter_ = bytes_iter_slot;
}

}  // namespace

void bytes_type_init() {
  Type* b = &bytes_type;
  set_shared_slots(b);
  b->hash_ = bytes_hash_slot;
  b->new_ = bytes_new_slot;
  type_ready(b, "bytes", nullptr, sizeof(Bytes), kTypeBaseType);
  add_methods(b, kBytesMethods);
  bytes_add_search_methods(b);
  bytes_add_text_methods(b);

  Type* ba = &bytearray_type;
  set_shared_slots(ba);
  bytearray_set_slots(ba);
  type_ready(ba, "bytearray", nullptr, sizeof(ByteArray), kTypeBaseType);
  bytes_add_search_methods(ba);
  bytes_add_text_methods(ba);
  bytearray_add_methods(ba);

  ready_iterator(&bytes_iterator_type, "bytes_iterator");
  ready_iterator(&bytearray_iterator_type, "bytearray_iterator");
}

}  // namespace tr
