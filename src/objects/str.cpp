// str core: allocation, the code-point index, hashing, equality, the intern
// table and the names:: constants. The type's slots are in str_type.cpp and
// its methods in the other str_*.cpp files.
#include <cstdlib>
#include <cstring>

#include "base/check.h"
#include "objects/str_internal.h"

namespace tr {

namespace names {
#define TR_NAME(id, text) Str* id;
#include "objects/names.def"
#undef TR_NAME
}  // namespace names

namespace {

// ---------------------------------------------------------------------------
// Layout
//
//   Str header | data_: size_ bytes of UTF-8, NUL | pad to 4 | index
//
// The index exists only when kStrIndexed is set (non-ASCII strings of more
// than kIndexStride code points): index[k] is the byte offset of code point
// k * kIndexStride, so indexing walks at most kIndexStride - 1 characters.
constexpr size_t kIndexStride = 32;

size_t index_offset(size_t bytes) { return (sizeof(Str) + bytes + 1 + 3) & ~size_t{3}; }
size_t index_entries(size_t length) { return length / kIndexStride + 1; }
bool wants_index(size_t bytes, size_t length, bool ascii) {
  return !ascii && length > kIndexStride && bytes < 0xFFFFFFFFu;
}
uint32_t* index_of(Str* s) {
  return reinterpret_cast<uint32_t*>(reinterpret_cast<char*>(s) + index_offset(s->size_));
}

Str* g_empty;
Str* g_ascii[128];
Str* g_latin1[128];  // U+0080..U+00FF, made on first use (indexing, chr())

// ---------------------------------------------------------------------------
// The intern table: open addressing (linear probing) over Str*, at most half
// full. Interned strings live forever: a root scanner marks the whole table
// (and the preallocated strings) at every collection.
struct InternTable {
  Str** slots = nullptr;
  size_t mask = 0;
  size_t used = 0;
};
InternTable g_intern;

void intern_grow() {
  size_t cap = g_intern.slots ? (g_intern.mask + 1) * 2 : 1024;
  auto** slots = static_cast<Str**>(std::calloc(cap, sizeof(Str*)));
  TR_CHECK(slots != nullptr);
  if (g_intern.slots) {
    for (size_t i = 0; i <= g_intern.mask; ++i) {
      Str* s = g_intern.slots[i];
      if (!s) continue;
      size_t j = static_cast<uint64_t>(s->hash_) & (cap - 1);
      while (slots[j]) j = (j + 1) & (cap - 1);
      slots[j] = s;
    }
    std::free(g_intern.slots);
  }
  g_intern.slots = slots;
  g_intern.mask = cap - 1;
}

// The slot holding `text`, or the empty slot where it belongs.
Str** intern_find(std::string_view text, int64_t hash) {
  size_t i = static_cast<uint64_t>(hash) & g_intern.mask;
  while (Str* s = g_intern.slots[i]) {
    if (s->hash_ == hash && s->view() == text) return &g_intern.slots[i];
    i = (i + 1) & g_intern.mask;
  }
  return &g_intern.slots[i];
}

}  // namespace

// 64-bit hash over bytes: 8 bytes at a time through a multiply-xorshift mix.
// Equal text must hash equally whatever its origin; -1 is reserved.
int64_t hash_data(const char* p, size_t n) {
  if (n == 0) return 0;  // as CPython: hash('') == 0
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0xCBF29CE484222325ull ^ (n * kMul);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  std::memcpy(&w, p, n);
  h = (h ^ w ^ (n << 56)) * kMul;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  auto r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

namespace {

Str* alloc_str(size_t bytes, size_t length, bool ascii, Type* cls = &str_type) {
  TR_CHECK(bytes <= kMaxStrBytes);  // producers of long texts check first
  size_t total = sizeof(Str) + bytes + 1;
  if (wants_index(bytes, length, ascii)) total = index_offset(bytes) + 4 * index_entries(length);
  auto* s = static_cast<Str*>(alloc_object_sized(cls, total));
  s->hash_ = -1;
  s->length_ = static_cast<uint32_t>(length);
  s->size_ = static_cast<uint32_t>(bytes);
  s->aux_ = ascii ? kStrAscii : 0;
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------
// UTF-8 and construction

size_t utf8::count(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += !is_continuation(c);
  return n;
}

Str* str_new_uninit(size_t bytes, size_t length, bool ascii) {
  Str* s = alloc_str(bytes, length, ascii);
  s->data_[bytes] = '\0';
  return s;
}

void str_finish(Str* s) {
  if (!wants_index(s->size_, s->length_, s->is_ascii())) return;
  uint32_t* index = index_of(s);
  size_t cp = 0;
  for (size_t i = 0; i < s->size_; ++i) {
    if (utf8::is_continuation(static_cast<unsigned char>(s->data_[i]))) continue;
    if (cp % kIndexStride == 0) index[cp / kIndexStride] = static_cast<uint32_t>(i);
    ++cp;
  }
  s->aux_ |= kStrIndexed;
}

Str* str_new_known(std::string_view utf8, size_t length) {
  if (utf8.empty() && g_empty) return g_empty;
  bool ascii = utf8.size() == length;
  if (ascii && length == 1 && g_ascii[static_cast<unsigned char>(utf8[0])])
    return g_ascii[static_cast<unsigned char>(utf8[0])];
  Str* s = alloc_str(utf8.size(), length, ascii);
  std::memcpy(s->data_, utf8.data(), utf8.size());
  s->data_[utf8.size()] = '\0';
  str_finish(s);
  return s;
}

Str* str_new(std::string_view utf8) { return str_new_known(utf8, utf8::count(utf8)); }

Str* str_from_code_point(uint32_t cp) {
  if (cp < 128 && g_ascii[cp]) return g_ascii[cp];
  if (cp >= 128 && cp < 256 && g_latin1[cp - 128]) return g_latin1[cp - 128];
  char buf[4];
  size_t n = utf8::encode(cp, buf);
  Str* s = str_new_known({buf, n}, 1);
  if (cp >= 128 && cp < 256) g_latin1[cp - 128] = s;
  return s;
}

Str* str_new_subtype(Type* cls, Str* src) {
  Str* s = alloc_str(src->size_, src->length_, src->is_ascii(), cls);
  std::memcpy(s->data_, src->data_, src->size_ + 1);
  str_finish(s);
  return s;
}

Str* str_empty() { return g_empty; }
Str* str_ascii_char(char c) { return g_ascii[static_cast<unsigned char>(c) & 0x7F]; }

// ---------------------------------------------------------------------------
// Indexing

size_t str_offset_of(Str* s, size_t index) {
  if (s->is_ascii()) return index;
  if (index >= s->length_) return s->size_;
  size_t pos = 0, cp = 0;
  if (s->aux_ & kStrIndexed) {
    pos = index_of(s)[index / kIndexStride];
    cp = index - index % kIndexStride;
  }
  for (; cp < index; ++cp) pos += utf8::seq_len(static_cast<unsigned char>(s->data_[pos]));
  return pos;
}

uint32_t str_code_point_at(Str* s, size_t i) {
  if (s->is_ascii()) return static_cast<unsigned char>(s->data_[i]);
  size_t len;
  return utf8::decode(s->data_ + str_offset_of(s, i), &len);
}

Str* str_substr(Str* s, size_t start, size_t stop) {
  if (start >= stop) return g_empty;
  if (start == 0 && stop == s->length_ && s->cls_ == &str_type) return s;
  size_t b0 = str_offset_of(s, start);
  size_t b1 = s->is_ascii() ? stop : b0;
  if (!s->is_ascii()) {
    for (size_t k = start; k < stop; ++k)
      b1 += utf8::seq_len(static_cast<unsigned char>(s->data_[b1]));
  }
  return str_new_known({s->data_ + b0, b1 - b0}, stop - start);
}

// ---------------------------------------------------------------------------
// Hashing, equality, order, concatenation

int64_t str_hash(Str* s) {
  if (s->hash_ == -1) s->hash_ = hash_data(s->data_, s->size_);
  return s->hash_;
}

bool str_equal(Str* a, Str* b) {
  if (a == b) return true;
  if (a->is_interned() && b->is_interned()) return false;  // one object per text
  if (a->size_ != b->size_) return false;
  if (a->hash_ != -1 && b->hash_ != -1 && a->hash_ != b->hash_) return false;
  return std::memcmp(a->data_, b->data_, a->size_) == 0;
}

// UTF-8 byte order is code-point order (WTF-8 surrogates sort where their
// code points do too: 0xED A0.. lies between U+D7FF and U+E000).
int str_compare3(Str* a, Str* b) {
  size_t n = a->size_ < b->size_ ? a->size_ : b->size_;
  int c = std::memcmp(a->data_, b->data_, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->size_ < b->size_ ? -1 : a->size_ > b->size_ ? 1 : 0;
}

Value str_concat(Str* a, Str* b) {
  if (a->size_ == 0 && b->cls_ == &str_type) return Value::object(b);
  if (b->size_ == 0 && a->cls_ == &str_type) return Value::object(a);
  size_t bytes = size_t{a->size_} + b->size_;
  if (bytes < a->size_ || bytes > kMaxStrBytes) return raise_memory_error();
  Str* s = str_new_uninit(bytes, size_t{a->length_} + b->length_, a->is_ascii() && b->is_ascii());
  std::memcpy(s->data_, a->data_, a->size_);
  std::memcpy(s->data_ + a->size_, b->data_, b->size_);
  str_finish(s);
  return Value::object(s);
}

// ---------------------------------------------------------------------------
// Interning

Str* str_intern(std::string_view utf8) {
  int64_t hash = hash_data(utf8.data(), utf8.size());
  Str** slot = intern_find(utf8, hash);
  if (*slot) return *slot;
  // Preallocated one-character strings are shared, so they intern as themselves.
  Str* s = str_new(utf8);
  s->hash_ = hash;
  s->aux_ |= kStrInterned;
  *slot = s;  // str_new cannot touch the table: the slot is still ours
  if (++g_intern.used * 2 > g_intern.mask + 1) intern_grow();
  return s;
}

Str* str_intern(Str* s) {
  if (s->is_interned()) return s;
  int64_t hash = str_hash(s);
  Str** slot = intern_find(s->view(), hash);
  if (*slot) return *slot;
  if (s->cls_ != &str_type) return str_intern(s->view());
  s->aux_ |= kStrInterned;
  *slot = s;
  if (++g_intern.used * 2 > g_intern.mask + 1) intern_grow();
  return s;
}

namespace {

void scan_roots(Tracer& t, void*) {
  for (size_t i = 0; i <= g_intern.mask; ++i) {
    if (g_intern.slots[i]) t.visit(g_intern.slots[i]);
  }
  t.visit(g_empty);
  for (Str* s : g_ascii) t.visit(s);
  for (Str* s : g_latin1) t.visit(s);
}

}  // namespace

void str_init() {
  if (g_empty) return;
  intern_grow();
  gc::add_root_scanner(scan_roots, nullptr);
  g_empty = alloc_str(0, 0, true);
  g_empty->data_[0] = '\0';
  for (int c = 0; c < 128; ++c) {
    Str* s = alloc_str(1, 1, true);
    s->data_[0] = static_cast<char>(c);
    s->data_[1] = '\0';
    g_ascii[c] = s;
  }
  str_intern(g_empty);
  for (Str* s : g_ascii) str_intern(s);
#define TR_NAME(id, text) names::id = str_intern(std::string_view(text));
#include "objects/names.def"
#undef TR_NAME
}

}  // namespace tr
