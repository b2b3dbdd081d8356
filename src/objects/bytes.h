// bytes (immutable) and bytearray (mutable): byte strings.
#pragma once
#include <string_view>

#include "objects/type.h"

namespace tr {
struct Bytes : Object {
  int64_t hash_;
  size_t size_;
  char data_[];  // NUL-terminated for convenience
  std::string_view view() const { return {data_, size_}; }
};
struct ByteArray : Object {
  char* data_;
  size_t size_;
  size_t capacity_;
  std::string_view view() const { return {data_, size_}; }
};
Bytes* bytes_new(std::string_view data);
ByteArray* bytearray_new(std::string_view data);
Value bytes_repr(std::string_view data, bool bytearray);  // b'...' / bytearray(b'...')
inline bool is_bytes(Value v) { return v.is_object() && v.as_object()->cls_ == &bytes_type; }
void bytes_type_init();  // readies bytes_type and bytearray_type
}  // namespace tr
