// The 64-bit Value: every Python value the VM handles, NaN-boxed with raw pointers.
// base/ is the vocabulary of the whole runtime; this file has no dependencies.
#pragma once
#include <cstdint>
#include <cstring>

namespace tr {

struct Object;

// Bit layout (JavaScriptCore's encoding, widened to 48-bit ints):
//
//   0x0000 0000 0000 0000          null: "no value" — a failed operation (the
//                                  exception is pending) or an empty register
//   0x0000 0000 0000 00xx          immediates: None, False, True, NotImplemented,
//                                  Ellipsis, Exhausted (end of iteration)
//   0x0000 pppp pppp pppp          heap pointer (8-byte aligned, >= 0x1000)
//   0x0001 ---- ---- ----          unused
//   0x0002 .... to 0xFFF2 ....     double, stored as its bits + 2^49; every NaN
//                                  is made positive first, so no double lands
//                                  at or above 0xFFF3 in the top 16 bits
//   0xFFFF iiii iiii iiii          inline int: 48-bit two's complement payload
//
// Ints outside [-2^47, 2^47) live on the heap as BigInt (GMP).
class Value {
 public:
  static constexpr uint64_t kDoubleOffset = uint64_t{1} << 49;
  static constexpr uint64_t kIntTag = 0xFFFF000000000000ull;
  static constexpr uint64_t kPayloadMask = 0x0000FFFFFFFFFFFFull;
  static constexpr int64_t kIntMax = (int64_t{1} << 47) - 1;
  static constexpr int64_t kIntMin = -(int64_t{1} << 47);

  static constexpr uint64_t kNullBits = 0x00;
  static constexpr uint64_t kNoneBits = 0x02;
  static constexpr uint64_t kFalseBits = 0x06;
  static constexpr uint64_t kTrueBits = 0x07;
  static constexpr uint64_t kNotImplementedBits = 0x0A;
  static constexpr uint64_t kEllipsisBits = 0x0E;
  static constexpr uint64_t kExhaustedBits = 0x12;

  constexpr Value() : bits_(kNullBits) {}

  // ---- construction -------------------------------------------------------
  static constexpr Value from_bits(uint64_t b) { return Value(b); }
  static constexpr Value null() { return Value(kNullBits); }
  static constexpr Value none() { return Value(kNoneBits); }
  static constexpr Value boolean(bool b) { return Value(b ? kTrueBits : kFalseBits); }
  static constexpr Value true_() { return Value(kTrueBits); }
  static constexpr Value false_() { return Value(kFalseBits); }
  static constexpr Value not_implemented() { return Value(kNotImplementedBits); }
  static constexpr Value ellipsis() { return Value(kEllipsisBits); }
  // Returned by iterator `next` slots when the iteration is over (no exception).
  static constexpr Value exhausted() { return Value(kExhaustedBits); }

  static bool fits_inline(int64_t i) { return i >= kIntMin && i <= kIntMax; }
  // Caller guarantees fits_inline(i); use tr::int_from_i64 for the general case.
  static constexpr Value small_int(int64_t i) {
    return Value(kIntTag | (static_cast<uint64_t>(i) & kPayloadMask));
  }
  static Value from_double(double d) {
    uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    // A NaN keeps its payload (so distinct NaN objects stay distinct for
    // `is` and `in`) but loses its sign: negative NaNs would overflow into
    // the int tag range once offset.
    if (d != d) b = (b & 0x7FFFFFFFFFFFFFFFull) | 0x7FF8000000000000ull;
    return Value(b + kDoubleOffset);
  }
  static Value object(const Object* o) {
    return Value(reinterpret_cast<uint64_t>(o));
  }

  // ---- classification -----------------------------------------------------
  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_null() const { return bits_ == kNullBits; }
  constexpr bool is_none() const { return bits_ == kNoneBits; }
  constexpr bool is_bool() const { return (bits_ | 1) == kTrueBits; }
  constexpr bool is_true() const { return bits_ == kTrueBits; }
  constexpr bool is_false() const { return bits_ == kFalseBits; }
  constexpr bool is_not_implemented() const { return bits_ == kNotImplementedBits; }
  constexpr bool is_ellipsis() const { return bits_ == kEllipsisBits; }
  constexpr bool is_exhausted() const { return bits_ == kExhaustedBits; }
  constexpr bool is_int() const { return bits_ >= kIntTag; }  // inline int only
  constexpr bool is_double() const {
    return bits_ >= kDoubleOffset && bits_ < kIntTag;
  }
  constexpr bool is_number_bits() const { return bits_ >= kDoubleOffset; }
  constexpr bool is_object() const {
    return bits_ >= 0x1000 && bits_ < (uint64_t{1} << 48);
  }
  constexpr bool is_immediate() const { return bits_ < 0x1000; }

  // ---- access -------------------------------------------------------------
  constexpr int64_t as_int() const {
    return static_cast<int64_t>(bits_ << 16) >> 16;
  }
  double as_double() const {
    uint64_t b = bits_ - kDoubleOffset;
    double d;
    std::memcpy(&d, &b, sizeof d);
    return d;
  }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
  template <class T>
  T* as() const { return static_cast<T*>(reinterpret_cast<Object*>(bits_)); }

  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  constexpr explicit Value(uint64_t b) : bits_(b) {}
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace tr
