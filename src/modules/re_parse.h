// Internal to re_parse*.cpp: the pattern parser. It reads the pattern as
// CPython's tokenizer does (a backslash and the character after it form one
// token) so that error messages and positions come out the same.
#pragma once
#include <string>
#include <vector>

#include "modules/re_internal.h"

namespace tr::modules::re {

class Parser {
 public:
  Parser(const std::vector<uint32_t>& pat, bool is_bytes, Parsed* out)
      : p_(pat), n_(pat.size()), bytes_(is_bytes), out_(out) {}
  // Parses the whole pattern; false with the first error recorded.
  bool run(int flags);

  // The first error met (CPython stops at it; so do we, by never overwriting).
  Type* err_type_ = nullptr;  // null = re.error
  std::string err_msg_;
  int64_t err_pos_ = -1;
  bool failed_ = false;

 private:
  // ---- tokenizer (re_parse.cpp)
  void advance();  // steps over the next token
  void seek(size_t pos) {
    cur_ = pos;
    len_ = 0;
    advance();
  }
  bool at_end() const { return len_ == 0; }
  bool next_is(uint32_t c) const { return len_ == 1 && p_[cur_] == c; }
  bool next_is_digit() const { return len_ == 1 && p_[cur_] >= '0' && p_[cur_] <= '9'; }
  bool match(uint32_t c) {
    if (!next_is(c)) return false;
    advance();
    return true;
  }
  size_t tell() const { return cur_; }
  bool fail(const std::string& msg, int64_t pos, Type* type = nullptr);
  std::string text(size_t start, size_t len) const { return utf8_of(p_.data() + start, len); }
  // Reads a name up to `term` ("missing group name" ...); false on error.
  bool get_until(uint32_t term, const char* what, std::string* name, size_t* start);
  bool check_group_name(const std::string& name, size_t start);
  bool is_identifier(size_t start, size_t len) const;

  // ---- structure (re_parse.cpp)
  Node* parse_alternation(int flags, bool verbose, int depth, bool first);
  Node* parse_sequence(int& flags, bool& verbose, int depth, bool first);
  Node* merge_branches(const std::vector<Node*>& branches, int flags);
  bool parse_repeat(std::vector<Node*>& items, uint32_t op, size_t tok_start);
  Node* parse_group(int flags, bool& verbose, int depth, bool first, bool items_empty, bool* skip);
  Node* parse_conditional(int flags, bool verbose, int depth, size_t start);
  // Returns 0 for global flags (applied to flags_), 1 for scoped (add/del).
  int parse_flags(uint32_t c, int* add, int* del);
  bool check_lookbehind_group(int gid, size_t pos);

  // ---- escapes and classes (re_parse_escape.cpp)
  Node* parse_escape(int flags, size_t start);
  Node* parse_class(int flags, size_t start);
  // A class item: kind 0 literal (value), 1 category (value = Category).
  bool class_escape(size_t start, int* kind, uint32_t* value);
  bool hex_escape(size_t start, uint32_t kind, uint32_t* value);
  Node* make_literal(int flags, uint32_t c);

  const std::vector<uint32_t>& p_;
  size_t n_;
  bool bytes_;
  Parsed* out_;
  size_t cur_ = 0;              // start of the next token
  int len_ = 0;                 // its length: 0 at the end, 2 for a backslash escape
  int flags_ = 0;               // global flags
  std::vector<bool> closed_;    // closed_[g]: group g's ')' has been seen
  int lookbehind_groups_ = -1;  // groups open when the outermost look-behind began
  std::vector<std::pair<int, int64_t>> cond_refs_;  // (?(N)...) to validate at the end
};

}  // namespace tr::modules::re
