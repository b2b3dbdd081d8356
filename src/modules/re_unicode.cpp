// The re module's character knowledge: IGNORECASE equivalence (fold keys from
// re_fold.inc), \d \s \w in Unicode and ASCII, character-class membership,
// and the UTF-8 helpers the other re_*.cpp files share.
#include <algorithm>
#include <array>

#include "modules/re_internal.h"
#include "objects/unicode_db.h"

namespace tr::modules::re {
namespace {

struct FoldRow {
  uint32_t cp, key;
};
constexpr FoldRow kFold[] = {
#include "modules/re_fold.inc"
};

uint32_t fold_lookup(uint32_t c) {
  auto it = std::lower_bound(std::begin(kFold), std::end(kFold), c,
                             [](const FoldRow& r, uint32_t v) { return r.cp < v; });
  return (it != std::end(kFold) && it->cp == c) ? it->key : c;
}

// Code points grouped by fold key, for fold_variants: sorted (key, cp).
// Built on first use (an IGNORECASE pattern), not at start-up: sorting the
// table cost every run of the interpreter about a millisecond.
struct Variants {
  std::vector<std::pair<uint32_t, uint32_t>> by_key;
  Variants() {
    for (const FoldRow& r : kFold) by_key.push_back({r.key, r.cp});
    // A key is itself a member of its class.
    for (const FoldRow& r : kFold) by_key.push_back({r.key, r.key});
    std::sort(by_key.begin(), by_key.end());
    by_key.erase(std::unique(by_key.begin(), by_key.end()), by_key.end());
  }
};

const Variants& variants() {
  static const Variants v;
  return v;
}

// Fold keys of Latin-1, the fast path of fold_key.
struct LowKeys {
  std::array<uint32_t, 256> key;
  LowKeys() {
    for (uint32_t c = 0; c < 256; ++c) key[c] = fold_lookup(c);
  }
};

const LowKeys& low_keys() {
  static const LowKeys k;
  return k;
}

}  // namespace

// Filled during static initialisation, before any pattern can run.
const uint32_t* const kFoldLow = low_keys().key.data();

uint32_t fold_key_slow(uint32_t c) {
  return fold_lookup(c);
}

int fold_variants(uint32_t c, uint32_t* out) {
  const Variants& v = variants();
  uint32_t key = fold_key(c);
  auto it = std::lower_bound(v.by_key.begin(), v.by_key.end(), std::make_pair(key, 0u));
  int n = 0;
  for (; it != v.by_key.end() && it->first == key && n < 4; ++it) out[n++] = it->second;
  if (n == 0) out[n++] = c;
  return n;
}

uint32_t simple_lower(uint32_t c) {
  if (c < 128) return ascii_lower(c);
  uint32_t out[unicode::kMaxCaseExpansion];
  if (unicode::to_lower(c, out) == 1) return out[0];
  // The one code point whose full lower case is two characters.
  return c == 0x130 ? 0x69 : c;
}

bool uni_digit(uint32_t c) {
  return c < 128 ? ascii_digit(c) : unicode::has(c, unicode::kDecimal);
}

bool uni_space(uint32_t c) {
  return c < 128 ? ascii_space(c) || (c >= 0x1c && c <= 0x1f) : unicode::has(c, unicode::kSpace);
}

bool uni_word(uint32_t c) {
  if (c < 128) return ascii_word(c);
  return (unicode::flags(c) &
          (unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric)) != 0;
}

// ---------------------------------------------------------------------------
// CharSet

void CharSet::finish() {
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<uint32_t, uint32_t>> merged;
  for (auto r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second + 1)
      merged.back().second = std::max(merged.back().second, r.second);
    else
      merged.push_back(r);
  }
  ranges.swap(merged);
  for (auto& w : low) w = 0;
  for (uint32_t c = 0; c < 256; ++c)
    if (slow_contains(c)) low[c >> 6] |= uint64_t{1} << (c & 63);
}

bool CharSet::contains_raw(uint32_t c) const {
  // Ranges are few; a linear scan beats a binary search until they are not.
  if (ranges.size() < 8) {
    for (auto& r : ranges)
      if (c >= r.first && c <= r.second) return true;
  } else {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), std::make_pair(c, 0xFFFFFFFFu));
    if (it != ranges.begin() && c <= (it - 1)->second) return true;
  }
  if (cats) {
    bool d = ascii ? ascii_digit(c) : uni_digit(c);
    bool s = ascii ? ascii_space(c) : uni_space(c);
    bool w = ascii ? ascii_word(c) : uni_word(c);
    if (((cats >> kCatDigit) & 1) && d) return true;
    if (((cats >> kCatNotDigit) & 1) && !d) return true;
    if (((cats >> kCatSpace) & 1) && s) return true;
    if (((cats >> kCatNotSpace) & 1) && !s) return true;
    if (((cats >> kCatWord) & 1) && w) return true;
    if (((cats >> kCatNotWord) & 1) && !w) return true;
  }
  return false;
}

bool CharSet::slow_contains(uint32_t c) const {
  bool in = contains_raw(c);
  if (!in && fold) {
    uint32_t v[4];
    int n = fold_variants(c, v);
    for (int i = 0; i < n && !in; ++i) in = v[i] != c && contains_raw(v[i]);
  } else if (!in && afold && c < 128 && ((c | 32) - 'a') < 26) {
    in = contains_raw(c ^ 32);
  }
  return in != negate;
}

// ---------------------------------------------------------------------------
// UTF-8

void append_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string utf8_of(const uint32_t* cps, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) append_utf8(s, cps[i]);
  return s;
}

}  // namespace tr::modules::re
