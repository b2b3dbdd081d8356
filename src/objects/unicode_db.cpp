// Lookups into the generated character database (unicode_db.inc): a
// two-level table from code point to a shared record of flags and mappings.
#include "objects/unicode_db.h"

namespace tr::unicode {
namespace {

// One distinct combination of properties. A case mapping is either a delta
// to add to the code point, or (when its kExt* flag is set) a run of
// kSpecialCase: length in the top 8 bits, start index in the low 24.
struct CharRecord {
  uint32_t flags;
  int32_t upper, lower, title, fold;
  int8_t decimal, digit;
};

constexpr uint32_t kExtUpper = 1u << 13;
constexpr uint32_t kExtLower = 1u << 14;
constexpr uint32_t kExtTitle = 1u << 15;
constexpr uint32_t kExtFold = 1u << 16;

#include "objects/unicode_db.inc"

const CharRecord& record(uint32_t cp) {
  if (cp >= 0x110000) cp = 0x10FFFF;  // unassigned, like any noncharacter
  uint32_t block = kBlockIndex[cp >> kBlockShift];
  uint32_t mask = (1u << kBlockShift) - 1;
  return kRecords[kBlocks[(block << kBlockShift) + (cp & mask)]];
}

int map(uint32_t cp, int32_t value, bool extended, uint32_t* out) {
  if (!extended) {
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + value);
    return 1;
  }
  uint32_t n = static_cast<uint32_t>(value) >> 24;
  uint32_t at = static_cast<uint32_t>(value) & 0xFFFFFF;
  for (uint32_t i = 0; i < n; ++i) out[i] = kSpecialCase[at + i];
  return static_cast<int>(n);
}

}  // namespace

uint32_t flags(uint32_t cp) { return record(cp).flags; }

int to_upper(uint32_t cp, uint32_t* out) {
  const CharRecord& r = record(cp);
  return map(cp, r.upper, r.flags & kExtUpper, out);
}
int to_lower(uint32_t cp, uint32_t* out) {
  const CharRecord& r = record(cp);
  return map(cp, r.lower, r.flags & kExtLower, out);
}
int to_title(uint32_t cp, uint32_t* out) {
  const CharRecord& r = record(cp);
  return map(cp, r.title, r.flags & kExtTitle, out);
}
int to_fold(uint32_t cp, uint32_t* out) {
  const CharRecord& r = record(cp);
  return map(cp, r.fold, r.flags & kExtFold, out);
}

int decimal_value(uint32_t cp) { return record(cp).decimal; }
int digit_value(uint32_t cp) { return record(cp).digit; }

}  // namespace tr::unicode
