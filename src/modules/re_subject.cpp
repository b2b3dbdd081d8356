// The subject of a match: str and bytes-like objects read once per call.
// ASCII str and bytes are matched in place as 8-bit text; other str are
// decoded to code points, keeping a sparse index back to UTF-8 byte offsets.
#include "modules/re_internal.h"

namespace tr::modules::re {
namespace {

constexpr int64_t kStride = Decoded::kStride;

bool is_kind(Value v, Type* t) {
  return v.is_object() && (v.as_object()->cls_ == t || is_subtype(v.as_object()->cls_, t));
}

size_t utf8_len(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

std::shared_ptr<const Decoded> decode(Str* s) {
  auto d = std::make_shared<Decoded>();
  size_t n = s->length_;
  d->cps.reset(new uint32_t[n + 1]);
  d->checkpoints.reset(new int64_t[n / kStride + 1]);
  uint32_t* out = d->cps.get();
  int64_t* marks = d->checkpoints.get();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data_);
  size_t off = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i % kStride == 0) marks[i / kStride] = static_cast<int64_t>(off);
    unsigned char b0 = p[off];
    size_t len = utf8_len(b0);
    uint32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (size_t k = 1; k < len; ++k) c = (c << 6) | (p[off + k] & 0x3Fu);
    out[i] = c;
    off += len;
  }
  // One extra 0, like the terminator sre reads past the end in a few tests.
  out[n] = 0;
  if (n % kStride == 0) marks[n / kStride] = static_cast<int64_t>(off);
  return d;
}

// The last decoded str (a GC root while it is cached; str is immutable, so
// identity is enough).
struct LastDecoded {
  Value str = Value::null();
  std::shared_ptr<const Decoded> dec;
  LastDecoded() {
    gc::add_root_scanner(
        [](Tracer& t, void* self) { t.visit(static_cast<LastDecoded*>(self)->str); }, this);
  }
};

LastDecoded& last_decoded() {
  static LastDecoded* l = new LastDecoded();
  return *l;
}

}  // namespace

bool Subject::load(Value v) {
  obj = v;
  if (is_str(v)) {
    Str* s = v.as<Str>();
    length = static_cast<int64_t>(s->length_);
    if (s->is_ascii()) {
      narrow = reinterpret_cast<const uint8_t*>(s->data_);
      return true;
    }
    wide = true;
    LastDecoded& last = last_decoded();
    if (last.str != v) {
      last.dec = decode(s);
      last.str = v;
    }
    dec = last.dec;
    cps = dec->cps.get();
    return true;
  }
  is_bytes = true;
  if (is_kind(v, &bytes_type) || is_kind(v, &bytearray_type)) {
    if (is_kind(v, &bytearray_type)) {
      // Copied: a callback in sub() could resize the bytearray under us.
      is_bytearray = true;
      owned.assign(v.as<ByteArray>()->view());
      narrow = reinterpret_cast<const uint8_t*>(owned.data());
      length = static_cast<int64_t>(owned.size());
    } else {
      Bytes* b = v.as<Bytes>();
      narrow = reinterpret_cast<const uint8_t*>(b->data_);
      length = static_cast<int64_t>(b->size_);
    }
    return true;
  }
  raise(&exc::TypeError, "expected string or bytes-like object, got '%s'", type_name_of(v));
  return false;
}

int64_t Subject::byte_offset(int64_t i) const {
  if (!wide) return i;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(obj.as<Str>()->data_);
  if (i >= length) return static_cast<int64_t>(obj.as<Str>()->size_);
  int64_t off = dec->checkpoints[i / kStride];
  for (int64_t k = i % kStride; k > 0; --k) off += utf8_len(p[off]);
  return off;
}

Value Subject::slice(int64_t s, int64_t e) const {
  if (e < s) e = s;
  if (is_bytes) {
    // Groups of any bytes-like subject are bytes, as in CPython.
    std::string_view v(reinterpret_cast<const char*>(narrow) + s, static_cast<size_t>(e - s));
    return Value::object(bytes_new(v));
  }
  Str* str = obj.as<Str>();
  int64_t bs = byte_offset(s), be = byte_offset(e);
  return Value::object(str_new({str->data_ + bs, static_cast<size_t>(be - bs)}));
}

void Subject::append(std::string& out, int64_t s, int64_t e) const {
  if (e <= s) return;
  if (is_bytes) {
    out.append(reinterpret_cast<const char*>(narrow) + s, static_cast<size_t>(e - s));
    return;
  }
  int64_t bs = byte_offset(s), be = byte_offset(e);
  out.append(obj.as<Str>()->data_ + bs, static_cast<size_t>(be - bs));
}

}  // namespace tr::modules::re
