// keywords.h — keyword spellings -> token kinds for the lexer (src/syntax):
// the Python keywords, and the same plus their Hausa aliases (tokens.def).
// Internal to src/syntax.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "syntax/lexer.h"

namespace tr::syntax {

// An open-addressing hash table built at compile time.  A lookup hashes the
// length and two characters of the word and compares at most a few slots, so
// identifiers that are not keywords cost about as much as one comparison.
class KeywordTable {
 public:
  struct Entry {
    std::string_view word;    // empty = free slot
    std::string_view second;  // second word of a two-word alias, else empty
    TokenKind kind = TokenKind::Name;
  };
  static constexpr size_t kSlots = 256;  // power of two, under 1/3 full

  // The keyword kind of `word`, or TokenKind::Name.  For a two-word alias
  // `*second` is set to the word that must follow (else left empty).
  TokenKind lookup(std::string_view word, std::string_view* second) const {
    if (word.size() < min_len_ || word.size() > max_len_) return TokenKind::Name;
    for (size_t i = slot_of(word);; i = (i + 1) & (kSlots - 1)) {
      const Entry& e = slots_[i];
      if (e.word.empty()) return TokenKind::Name;
      if (e.word == word) {
        *second = e.second;
        return e.kind;
      }
    }
  }

  static constexpr size_t slot_of(std::string_view w) {
    size_t n = w.size();
    return (static_cast<uint8_t>(w[0]) * 31u + static_cast<uint8_t>(w[n - 1]) * 7u +
            static_cast<uint8_t>(w[n / 2]) + n * 131u) &
           (kSlots - 1);
  }

  // Builder (compile time only).
  constexpr void add(std::string_view spelling, TokenKind kind) {
    Entry e;
    size_t space = spelling.find(' ');
    e.word = spelling.substr(0, space);
    if (space != std::string_view::npos) e.second = spelling.substr(space + 1);
    e.kind = kind;
    size_t i = slot_of(e.word);
    while (!slots_[i].word.empty()) i = (i + 1) & (kSlots - 1);
    slots_[i] = e;
    if (e.word.size() < min_len_) min_len_ = e.word.size();
    if (e.word.size() > max_len_) max_len_ = e.word.size();
  }
  // The longest run of occupied slots (a bound on a lookup's comparisons).
  constexpr size_t longest_run() const {
    size_t best = 0, run = 0;
    for (size_t i = 0; i < 2 * kSlots; ++i) {
      run = slots_[i & (kSlots - 1)].word.empty() ? 0 : run + 1;
      if (run > best) best = run;
    }
    return best;
  }

 private:
  Entry slots_[kSlots] = {};
  size_t min_len_ = 1000, max_len_ = 0;
};

// Python's keywords only (.py files).
const KeywordTable& python_keywords();
// Python's keywords and their Hausa aliases (.tr files, --multilingual).
const KeywordTable& hausa_keywords();

// The Hausa alias of the keyword or soft keyword spelled `english` in Python
// ("return" -> "maido", "match" -> "daidaita"), or empty if it has none.
std::string_view hausa_alias(std::string_view english);

}  // namespace tr::syntax
