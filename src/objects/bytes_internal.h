// Internals shared by the bytes*.cpp and bytearray*.cpp files: reading any
// bytes-like value, building results of the receiver's kind, and the hooks
// by which each file adds its methods.
#pragma once
#include <string>
#include <string_view>

#include "objects/str_internal.h"

namespace tr {

inline bool is_bytes_like_type(Type* t) {
  return t == &bytes_type || t == &bytearray_type || is_subtype(t, &bytes_type) ||
         is_subtype(t, &bytearray_type);
}
inline bool is_bytearray(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &bytearray_type ||
                           is_subtype(v.as_object()->cls_, &bytearray_type));
}
inline bool is_any_bytes(Value v) {
  return v.is_object() && (v.as_object()->cls_ == &bytes_type || is_subtype(v.as_object()->cls_, &bytes_type));
}
inline bool is_bytes_like(Value v) { return v.is_object() && is_bytes_like_type(v.as_object()->cls_); }

// The bytes of a bytes or bytearray (valid until the bytearray changes).
inline std::string_view bytes_view(Value v) {
  if (is_bytearray(v)) return v.as<ByteArray>()->view();
  return v.as<Bytes>()->view();
}

// A bytes-like argument: false with "a bytes-like object is required, not
// 'int'" otherwise.
bool arg_bytes_like(Value v, std::string_view* out);

// A result of the receiver's kind: bytearray for bytearray receivers, else
// bytes (subclasses give their base type, as in CPython).
Value bytes_make_like(Value self, std::string_view data);
// The receiver's qualified method prefix: "bytes" or "bytearray".
inline const char* bytes_kind(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

// bytes(x) / bytearray(x) source conversion: ints, iterables of ints,
// buffers, str with encoding. Appends to out; false with an error.
bool bytes_from_source(const char* type_name, Value source, Value encoding, Value errors,
                       bool have_source, std::string* out);

// One byte value from an int-like (0..255): "byte must be in range(0, 256)".
bool byte_value(Value v, uint8_t* out);

// Sets the contents of a fresh (zeroed) bytearray.
void bytearray_fill(ByteArray* b, std::string_view data);

// bytes % args (bytes_percent.cpp).
Value bytes_percent_format(Value self, Value args);

// Method hooks (each file's table goes into both types unless noted).
void bytes_add_search_methods(Type* t);  // bytes_search.cpp
void bytes_add_text_methods(Type* t);    // bytes_text.cpp
void bytearray_add_methods(Type* t);     // bytearray.cpp (bytearray only)
void bytearray_set_slots(Type* t);       // bytearray.cpp
extern Type bytes_iterator_type, bytearray_iterator_type;

}  // namespace tr
