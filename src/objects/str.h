// str: immutable Unicode text stored as UTF-8 with its code-point length and
// hash cached; ASCII strings index in O(1). Identifiers are interned.
#pragma once
#include <string>
#include <string_view>

#include "objects/type.h"

namespace tr {

// aux_ bits of a Str header
constexpr uint32_t kStrAscii = 1u << 0;
constexpr uint32_t kStrInterned = 1u << 1;

// 32-bit sizes keep the header at 32 bytes: a 13-character key then fits a
// 48-byte cell, not 64 (kMaxStrBytes bounds every str; docs/decisions.md,
// "Str header").
struct Str : Object {
  int64_t hash_;     // -1 = not computed yet
  uint32_t length_;  // in code points
  uint32_t size_;    // in bytes, excluding the trailing NUL
  char data_[];      // UTF-8 (WTF-8 for lone surrogates), NUL-terminated

  std::string_view view() const { return {data_, size_}; }
  bool is_ascii() const { return aux_ & kStrAscii; }
  bool is_interned() const { return aux_ & kStrInterned; }
};

Str* str_new(std::string_view utf8);       // validates nothing: caller gives UTF-8
Str* str_new_uninit(size_t bytes, size_t length, bool ascii);  // fill data_ yourself
Str* str_intern(std::string_view utf8);    // one Str per distinct text
Str* str_intern(Str* s);
Str* str_from_code_point(uint32_t cp);
inline Value str_value(std::string_view utf8) { return Value::object(str_new(utf8)); }
int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
// Code point at index i (0 <= i < length_), O(1) for ASCII.
uint32_t str_code_point_at(Str* s, size_t i);
Value str_concat(Str* a, Str* b);
Str* str_repr(Str* s);  // with quotes and escapes, as repr()
inline bool is_str(Value v) { return v.is_object() && (v.as_object()->cls_ == &str_type ||
                                   type_has_flag(v.as_object()->cls_, kTypeStrSubclass)); }
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->cls_ == &str_type; }

// The empty string and the 128 one-character ASCII strings are preallocated.
Str* str_empty();
Str* str_ascii_char(char c);

// Interned identifiers used by the runtime itself: names::init, names::add, ...
namespace names {
#define TR_NAME(id, text) extern Str* id;
#include "objects/names.def"
#undef TR_NAME
}  // namespace names

void str_init();  // builds the intern table and the names:: constants
void str_type_init();  // readies str_type (slots, methods)

}  // namespace tr
