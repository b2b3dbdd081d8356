// keywords.cpp — the keyword tables of the lexer (src/syntax), built at
// compile time from tokens.def, and the Hausa spelling of a keyword for
// error messages.

#include "syntax/keywords.h"

#include "syntax/syntax.h"

namespace tr::syntax {

namespace {

constexpr void add_python(KeywordTable& t) {
#define TR_KEYWORD(name, s) t.add(s, TokenKind::Kw##name);
#include "syntax/tokens.def"
#undef TR_KEYWORD
}

constexpr KeywordTable make_python() {
  KeywordTable t;
  add_python(t);
  return t;
}

constexpr KeywordTable make_hausa() {
  KeywordTable t;
  add_python(t);
#define TR_HAUSA(name, s) t.add(s, TokenKind::Kw##name);
#include "syntax/tokens.def"
#undef TR_HAUSA
  return t;
}

constexpr KeywordTable kPython = make_python();
constexpr KeywordTable kHausa = make_hausa();

// Keeps lookups of non-keywords short: a change of hash or table size that
// clusters the slots fails the build.
static_assert(kPython.longest_run() <= 4, "python keyword table clusters");
static_assert(kHausa.longest_run() <= 6, "hausa keyword table clusters");

// kEnglishDef, kEnglishReturn, ...: the Python spelling of each keyword.
#define TR_KEYWORD(name, s) constexpr std::string_view kEnglish##name = s;
#include "syntax/tokens.def"
#undef TR_KEYWORD

struct KeywordAlias {
  std::string_view english, hausa;
};

constexpr KeywordAlias kAliases[] = {
#define TR_HAUSA(name, s) {kEnglish##name, s},
#define TR_HAUSA_SOFT(soft, s) {soft, s},
#include "syntax/tokens.def"
#undef TR_HAUSA
#undef TR_HAUSA_SOFT
};

}  // namespace

const KeywordTable& python_keywords() { return kPython; }
const KeywordTable& hausa_keywords() { return kHausa; }

std::string_view hausa_alias(std::string_view english) {
  for (const KeywordAlias& a : kAliases)
    if (a.english == english) return a.hausa;
  return {};
}

std::string quote_keyword(std::string_view english, const Node* n) {
  std::string_view alias = n && n->hausa_keyword ? hausa_alias(english) : std::string_view();
  return "'" + std::string(alias.empty() ? english : alias) + "'";
}

}  // namespace tr::syntax
