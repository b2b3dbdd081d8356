// traceback_carets.cpp — the `~~~^^^` line CPython 3.11 prints under a
// traceback's source line: the instruction's source range underlined, and
// for a binary operation or a subscript the operator or the brackets singled
// out with `^` against `~`.
#include <string>
#include <string_view>

#include "compiler/compiler.h"
#include "objects/objects.h"
#include "syntax/syntax.h"
#include "vm/traceback_carets.h"

namespace tr::vm {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n'; }

// Characters (code points) in the first `bytes` bytes of UTF-8 text.
int char_offset(std::string_view text, int bytes) {
  if (bytes > static_cast<int>(text.size())) bytes = static_cast<int>(text.size());
  int chars = 0;
  for (int i = 0; i < bytes; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

// CPython parses the segment and runs its AST optimiser before looking for
// anchors: a segment that folds to a constant ('abc'[1], 2 * 3) has none.
// Our compiler folds the same way; a folded expression compiles to one
// constant load.
bool folds_to_constant(std::string_view segment) {
  Value pending = error_fetch();
  bytecode::Code* code =
      compiler::compile_source(segment, "<segment>", syntax::ParseMode::Eval);
  bool folded = code && code->num_instrs_ == 2 && code->instrs_[0].op == bytecode::Op::LOAD_CONST;
  error_clear();
  if (!pending.is_null()) error_restore(pending);
  return folded;
}

// Where the `^` part of the range starts and ends, in bytes of `segment`,
// when the segment is a binary operation or a subscript. False otherwise.
bool find_anchors(std::string_view segment, int* left, int* right) {
  // Parenthesised on lines of their own, as CPython does, so that the
  // segment parses as one expression whatever it starts with; positions on
  // line 2 are then offsets into the segment.
  std::string wrapped = "(\n" + std::string(segment) + "\n)";
  syntax::Arena arena;
  syntax::ParseResult r =
      syntax::parse(wrapped, "<segment>", syntax::ParseMode::File, arena);
  if (!r.module || r.module->body.size() != 1) return false;
  auto* stmt = syntax::as<syntax::ExprStmt>(r.module->body[0]);
  if (!stmt) return false;
  int len = static_cast<int>(segment.size());
  if ((syntax::as<syntax::BinOp>(stmt->value) || syntax::as<syntax::Subscript>(stmt->value)) &&
      folds_to_constant(segment))
    return false;
  if (auto* bin = syntax::as<syntax::BinOp>(stmt->value)) {
    if (bin->left->end_line != 2 || bin->right->line != 2) return false;
    int stop = bin->right->col;
    bool found = false;
    for (int i = bin->left->end_col; i < stop && i < len; ++i) {
      if (is_space(segment[i])) continue;
      *left = i;
      *right = i + 1;
      found = true;
      // Two-character operators (`//`, `**`, `<<`, ...).
      if (i + 1 < stop && !is_space(segment[i + 1])) ++*right;
      // A closing parenthesis of the left operand is not the operator.
      if (i + 1 < stop && segment[i] == ')') continue;
      break;
    }
    return found;
  }
  if (auto* sub = syntax::as<syntax::Subscript>(stmt->value)) {
    if (sub->value->end_line != 2 || sub->slice->end_line != 2) return false;
    int l = sub->value->end_col;
    int r2 = sub->slice->end_col + 1;
    while (l < len && segment[l] != '[') ++l;
    while (r2 < len && segment[r2] != ']') ++r2;
    if (r2 < len) ++r2;
    *left = l;
    *right = r2;
    return true;
  }
  return false;
}

}  // namespace

std::string caret_line(std::string_view line, int lineno, const bytecode::Position& pos) {
  int col = pos.col;
  if (col < 0 || pos.col < 0 || pos.end_col < 0 || pos.end_line < lineno) return std::string();
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  int lead_bytes = 0;
  while (lead_bytes < static_cast<int>(line.size()) &&
         (line[lead_bytes] == ' ' || line[lead_bytes] == '\t' || line[lead_bytes] == '\f'))
    ++lead_bytes;
  int lead = char_offset(line, lead_bytes);
  int line_chars = char_offset(line, static_cast<int>(line.size()));
  int start = char_offset(line, col);
  int end;
  int left = -1, right = -1;  // the `^` part, in characters from `start`
  if (pos.end_line == lineno) {
    if (pos.end_col <= col || pos.end_col > static_cast<int>(line.size())) return std::string();
    end = char_offset(line, pos.end_col);
    std::string_view segment = line.substr(col, pos.end_col - col);
    int lb, rb;
    if (find_anchors(segment, &lb, &rb)) {
      left = char_offset(segment, lb);
      right = char_offset(segment, rb);
    }
  } else {
    // A range over several lines: underline to the end of this one.
    size_t last = line.find_last_not_of(" \t\f\r\n");
    end = last == std::string_view::npos ? 0 : char_offset(line, static_cast<int>(last) + 1);
  }
  bool anchored = left >= 0;
  // The whole statement underlined says nothing: CPython leaves it out.
  if (end - start == line_chars - lead && !anchored) return std::string();
  if (start < lead || end <= start) return std::string();
  std::string out = "    ";
  out.append(static_cast<size_t>(start - lead), ' ');
  for (int k = 0; k < end - start; ++k) {
    if (!anchored) out += '^';
    else out += (k >= left && k < right) ? '^' : '~';
  }
  out += '\n';
  return out;
}

}  // namespace tr::vm
