// str_type's slots (repr, hash, compare, + * %, indexing, iteration, str())
// and the str iterator types; str_type_init readies the type and asks each
// str_*.cpp file for its methods.
#include <cstring>

#include "objects/format_spec.h"
#include "objects/str_internal.h"
#include "objects/type_internal.h"

namespace tr {

Type str_type;

// ---------------------------------------------------------------------------
// Iterators: one type for ASCII text (byte = character) and one for the
// general case; both keep a byte position, so iteration is linear.
struct StrIterator : Object {
  Str* str_;     // null once exhausted
  size_t pos_;   // byte offset of the next character
};

Type str_iterator_type, str_ascii_iterator_type;

namespace {

void str_iterator_trace(Object* o, Tracer& t) {
  auto* it = static_cast<StrIterator*>(o);
  if (it->str_) t.visit(it->str_);
}

Value str_iterator_iter(Value self) { return self; }

Value str_iterator_next(Value self) {
  auto* it = self.as<StrIterator>();
  Str* s = it->str_;
  if (!s) return Value::exhausted();
  if (it->pos_ >= s->size_) {
    it->str_ = nullptr;
    return Value::exhausted();
  }
  const char* p = s->data_ + it->pos_;
  if (static_cast<unsigned char>(*p) < 0x80) {
    it->pos_++;
    return Value::object(str_ascii_char(*p));
  }
  size_t len = utf8::seq_len(static_cast<unsigned char>(*p));
  it->pos_ += len;
  if (static_cast<unsigned char>(*p) <= 0xC3) {  // Latin-1: shared one-char strings
    size_t n;
    return Value::object(str_from_code_point(utf8::decode(p, &n)));
  }
  return Value::object(str_new_known({p, len}, 1));
}

Value str_iterator_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  auto* it = args[0].as<StrIterator>();
  if (!it->str_) return Value::small_int(0);
  Str* s = it->str_;
  size_t rest = s->is_ascii() ? s->size_ - it->pos_
                              : utf8::count({s->data_ + it->pos_, s->size_ - it->pos_});
  return Value::small_int(static_cast<int64_t>(rest));
}

// ---------------------------------------------------------------------------
// Slots

Value str_repr_slot(Value self) { return Value::object(str_repr(as_str(self))); }

Value str_str_slot(Value self) {
  if (is_exact_str(self)) return self;
  Str* s = as_str(self);
  return Value::object(str_new_known(s->view(), s->length_));
}

int64_t str_hash_slot(Value self) { return str_hash(as_str(self)); }

Value str_compare_slot(Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return Value::not_implemented();
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CompareOp::Eq) return Value::boolean(str_equal(x, y));
  if (op == CompareOp::Ne) return Value::boolean(!str_equal(x, y));
  int c = str_compare3(x, y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value str_repeat(Str* s, Value count) {
  int64_t n;
  if (!index_ssize(count, &n, &exc::OverflowError)) return Value::null();
  if (n <= 0 || s->size_ == 0) return Value::object(str_empty());
  if (n == 1 && s->cls_ == &str_type) return Value::object(s);
  if (static_cast<uint64_t>(n) > kMaxStrBytes / s->size_) {
    if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / s->size_)
      return raise(&exc::OverflowError, "repeated string is too long");
    return raise_memory_error();
  }
  size_t bytes = s->size_ * static_cast<size_t>(n);
  Str* r = str_new_uninit(bytes, s->length_ * static_cast<size_t>(n), s->is_ascii());
  if (s->size_ == 1) {
    std::memset(r->data_, s->data_[0], bytes);
  } else {
    // Doubling copies: log(n) memcpy calls instead of n.
    std::memcpy(r->data_, s->data_, s->size_);
    size_t done = s->size_;
    while (done < bytes) {
      size_t chunk = done < bytes - done ? done : bytes - done;
      std::memcpy(r->data_ + done, r->data_, chunk);
      done += chunk;
    }
  }
  str_finish(r);
  return Value::object(r);
}

// A user class with a reflected dunder gets its chance before str raises
// its own message (CPython tries both nb_ slots before sq_concat/sq_repeat).
bool defers_to(Value other, BinaryOp op) {
  Type* t = type_of(other);
  return type_has_flag(t, kTypeHeap) && !type_lookup(t, binary_rdunder(op)).is_null();
}

bool is_index_like(Value v) { return is_int(v) || type_of(v)->index_ != nullptr; }

Value str_binary_slot(BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::Add:
      if (!is_str(a)) return Value::not_implemented();
      if (is_str(b)) return str_concat(as_str(a), as_str(b));
      if (defers_to(b, op)) return Value::not_implemented();
      return raise(&exc::TypeError, "can only concatenate str (not \"%s\") to str",
                   type_name_of(b));
    case BinaryOp::Mul: {
      Value s = is_str(a) ? a : b;
      Value n = is_str(a) ? b : a;
      if (is_index_like(n)) return str_repeat(as_str(s), n);
      if (is_str(a) && defers_to(b, op)) return Value::not_implemented();
      return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name_of(n));
    }
    case BinaryOp::Mod:
      if (!is_str(a)) return Value::not_implemented();
      return str_percent_format(as_str(a), b);
    default:
      return Value::not_implemented();
  }
}

int str_bool_slot(Value self) { return as_str(self)->size_ != 0; }
int64_t str_len_slot(Value self) { return static_cast<int64_t>(as_str(self)->length_); }

Value str_getitem_slot(Value self, Value key) {
  Str* s = as_str(self);
  if (key.is_object() && key.as_object()->cls_ == &slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(s->length_), &start,
                              &stop, &step);
    if (n < 0) return Value::null();
    if (step == 1) return Value::object(str_substr(s, start, start + n));
    if (n == 0) return Value::object(str_empty());
    std::string out;
    if (s->is_ascii()) {
      out.resize(static_cast<size_t>(n));
      for (int64_t k = 0, i = start; k < n; ++k, i += step) out[k] = s->data_[i];
      return Value::object(str_new_known(out, out.size()));
    }
    for (int64_t k = 0, i = start; k < n; ++k, i += step)
      utf8::append(out, str_code_point_at(s, static_cast<size_t>(i)));
    return Value::object(str_new_known(out, static_cast<size_t>(n)));
  }
  if (!is_index_like(key))
    return raise(&exc::TypeError, "string indices must be integers, not '%s'",
                 type_name_of(key));
  int64_t i;
  if (!index_ssize(key, &i, &exc::IndexError)) return Value::null();
  auto len = static_cast<int64_t>(s->length_);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(&exc::IndexError, "string index out of range");
  if (s->is_ascii()) return Value::object(str_ascii_char(s->data_[i]));
  return Value::object(str_from_code_point(str_code_point_at(s, static_cast<size_t>(i))));
}

int str_contains_slot(Value self, Value item) {
  if (!is_str(item)) {
    raise(&exc::TypeError, "'in <string>' requires string as left operand, not %s",
          type_name_of(item));
    return -1;
  }
  // Valid UTF-8 matches only at character boundaries, so a byte search is exact.
  return as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos;
}

Value str_iter_slot(Value self) {
  Str* s = as_str(self);
  auto* it = alloc<StrIterator>(s->is_ascii() ? &str_ascii_iterator_type : &str_iterator_type);
  it->str_ = s;
  it->pos_ = 0;
  return Value::object(it);
}

Value str_format_slot(Value self, Str* spec) {
  Str* s = as_str(self);
  if (spec->size_ == 0) return str_str_slot(self);
  return format_string(s->view(), s->length_, spec->view(), type_name_of(self));
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
Value str_new_slot(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const kParams[] = {"object", "encoding", "errors"};
  Value a[3];
  if (!args_keywords("str", args, nargs, kwnames, kParams, 3, 0, a)) return Value::null();
  Value result;
  if (a[0].is_null()) {
    result = Value::object(str_empty());
  } else if (a[1].is_null() && a[2].is_null()) {
    result = str(a[0]);
  } else {
    for (int i = 1; i <= 2; ++i) {
      if (!a[i].is_null() && !is_str(a[i]))
        return raise(&exc::TypeError, "str() argument '%s' must be str, not %s", kParams[i],
                     type_name_of(a[i]));
    }
    std::string_view data;
    Type* t = type_of(a[0]);
    if (t == &bytes_type || is_subtype(t, &bytes_type)) data = a[0].as<Bytes>()->view();
    else if (t == &bytearray_type || is_subtype(t, &bytearray_type))
      data = a[0].as<ByteArray>()->view();
    else if (is_str(a[0])) return raise(&exc::TypeError, "decoding str is not supported");
    else
      return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name_of(a[0]));
    std::string_view enc = a[1].is_null() ? "utf-8" : as_str(a[1])->view();
    std::string_view errors = a[2].is_null() ? "strict" : as_str(a[2])->view();
    result = codec_decode(data, enc, errors);
  }
  if (result.is_null() || cls == &str_type) return result;
  return Value::object(str_new_subtype(cls, as_str(result)));
}

// ---------------------------------------------------------------------------
// Small methods that belong to no family

Value str_getnewargs(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("str.__getnewargs__", nargs - 1, kwnames)) return Value::null();
  Str* s = as_str(args[0]);
  return Value::object(tuple_pack({Value::object(str_new_known(s->view(), s->length_))}));
}

Value str_sizeof(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_none("str.__sizeof__", nargs - 1, kwnames)) return Value::null();
  Str* s = as_str(args[0]);
  return Value::small_int(static_cast<int64_t>(sizeof(Str) + s->size_ + 1));
}

const MethodDef kCoreMethods[] = {
    {"__getnewargs__", str_getnewargs, 0},
    {"__sizeof__", str_sizeof, 0},
};
const MethodDef kIteratorMethods[] = {
    {"__length_hint__", str_iterator_length_hint, 0},
};

void ready_iterator(Type* t, const char* name) {
  t->gc_trace_ = str_iterator_trace;
  t->iter_ = str_iterator_iter;
  t->next_ = str_iterator_next;
  type_ready(t, name, nullptr, sizeof(StrIterator), 0);
  add_methods(t, kIteratorMethods);
}

}  // namespace

void str_type_init() {
  Type* t = &str_type;
  t->repr_ = str_repr_slot;
  t->str_ = str_str_slot;
  t->hash_ = str_hash_slot;
  t->compare_ = str_compare_slot;
  t->binary_ = str_binary_slot;
  t->bool_ = str_bool_slot;
  t->len_ = str_len_slot;
  t->getitem_ = str_getitem_slot;
  t->contains_ = str_contains_slot;
  t->iter_ = str_iter_slot;
  t->format_ = str_format_slot;
  t->new_ = str_new_slot;
  type_ready(t, "str", nullptr, sizeof(Str), kTypeBaseType | kTypeStrSubclass);
  add_methods(t, kCoreMethods);
  str_add_search_methods(t);
  str_add_split_methods(t);
  str_add_case_methods(t);
  str_add_pad_methods(t);
  str_add_format_methods(t);
  str_add_codec_methods(t);
  str_add_translate_methods(t);
  ready_iterator(&str_iterator_type, "str_iterator");
  ready_iterator(&str_ascii_iterator_type, "str_ascii_iterator");
}

}  // namespace tr
