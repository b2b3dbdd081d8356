// parse_fstring.cpp — string literal concatenation and f-strings (src/syntax
// parser).  Replacement-field expressions are re-lexed and parsed by a
// nested Parser with positions mapped back into the file (3.11 semantics:
// the expression may not contain a backslash, '#', or the enclosing quote).

#include "syntax/parser.h"

namespace tr::syntax {

namespace {

// Source position of byte `off` of a piece's body.
void body_position(const StringPiece& piece, size_t off, int* line, int* col) {
  int l = piece.body_line, c = piece.body_col;
  for (size_t i = 0; i < off; ++i) {
    if (piece.body[i] == '\n') {
      ++l;
      c = 0;
    } else {
      ++c;
    }
  }
  *line = l;
  *col = c;
}

class FStringScanner {
 public:
  FStringScanner(Parser& p, const Token& t, const StringPiece& piece)
      : p_(p), tok_(t), piece_(piece), s_(piece.body) {}

  // Parses literal text and fields until `}` at nesting level of a format
  // spec (when in_spec) or the end of the body.
  void run(std::vector<Expr*>& values, std::string& pending, int spec_depth);

 private:
  [[noreturn]] void fail(const std::string& msg) {
    p_.fail_token("f-string: " + msg, tok_);
  }
  void literal_escape(std::string& pending, size_t& i);
  Expr* field(size_t& i, std::vector<Expr*>& values, std::string& pending, int spec_depth);
  Expr* parse_expression(size_t begin, size_t end);
  Constant* make_constant(const std::string& s);

  Parser& p_;
  const Token& tok_;
  const StringPiece& piece_;
  std::string_view s_;
  size_t pos_ = 0;
};

Constant* FStringScanner::make_constant(const std::string& s) {
  Constant* c = p_.arena().make<Constant>();
  c->value_kind = ConstantKind::Str;
  c->str_value = p_.arena().copy_string(s);
  return c;
}

void FStringScanner::run(std::vector<Expr*>& values, std::string& pending, int spec_depth) {
  size_t& i = pos_;
  while (i < s_.size()) {
    char c = s_[i];
    if (c == '{') {
      if (spec_depth == 0 && i + 1 < s_.size() && s_[i + 1] == '{') {
        pending += '{';
        i += 2;
        continue;
      }
      if (spec_depth >= 2) fail("expressions nested too deeply");
      ++i;
      Expr* fv = field(i, values, pending, spec_depth);
      if (!pending.empty()) values.push_back(make_constant(pending));
      pending.clear();
      values.push_back(fv);
      continue;
    }
    if (c == '}') {
      if (spec_depth > 0) return;  // end of the format spec
      if (i + 1 < s_.size() && s_[i + 1] == '}') {
        pending += '}';
        i += 2;
        continue;
      }
      fail("single '}' is not allowed");
    }
    if (c == '\\' && !piece_.is_raw) {
      literal_escape(pending, i);
      continue;
    }
    pending += c;
    ++i;
  }
}

// One escape in literal text; `\N{...}` is an escape, not a field.
void FStringScanner::literal_escape(std::string& pending, size_t& i) {
  size_t end = i + 2;
  if (i + 1 < s_.size() && s_[i + 1] == 'N' && i + 2 < s_.size() && s_[i + 2] == '{') {
    size_t close = s_.find('}', i);
    end = close == std::string_view::npos ? s_.size() : close + 1;
  } else if (i + 1 < s_.size()) {
    char e = s_[i + 1];
    int n = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (e >= '0' && e <= '7') n = 2;
    for (int k = 0; k < n && end < s_.size() && s_[end] != '{' && s_[end] != '}'; ++k) ++end;
  }
  if (end > s_.size()) end = s_.size();
  size_t err = 0;
  std::string msg = decode_string_body(s_.substr(i, end - i), false, false, pending, &err);
  if (!msg.empty()) p_.fail_token(msg, tok_);
  i = end;
}

// Parses `expr [=] [!c] [:spec] }` starting just after '{'.
Expr* FStringScanner::field(size_t& i, std::vector<Expr*>& values, std::string& pending,
                            int spec_depth) {
  (void)values;
  size_t begin = i;
  int nest = 0;
  char quote = 0;
  bool triple = false;
  size_t end = std::string_view::npos;
  for (; i < s_.size(); ++i) {
    char c = s_[i];
    if (quote) {
      if (c == '\\') fail("expression part cannot include a backslash");
      if (c == quote && (!triple || (i + 2 < s_.size() && s_[i + 1] == quote && s_[i + 2] == quote))) {
        if (triple) i += 2;
        quote = 0;
      }
      continue;
    }
    if (c == '\\') p_.fail_token("f-string expression part cannot include a backslash", tok_);
    if (c == '#') p_.fail_token("f-string expression part cannot include '#'", tok_);
    if (c == '\'' || c == '"') {
      quote = c;
      triple = i + 2 < s_.size() && s_[i + 1] == c && s_[i + 2] == c;
      if (triple) i += 2;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') { ++nest; continue; }
    if (c == ')' || c == ']' || c == '}') {
      if (nest == 0) {
        if (c == '}') { end = i; break; }
        fail(std::string("unmatched '") + c + "'");
      }
      --nest;
      continue;
    }
    if (nest > 0) continue;
    if (c == '!' && !(i + 1 < s_.size() && s_[i + 1] == '=')) { end = i; break; }
    if (c == ':') { end = i; break; }
    if (c == '=' && i + 1 < s_.size() && s_[i + 1] != '=' && i > begin &&
        std::string_view("=!<>").find(s_[i - 1]) == std::string_view::npos) {
      end = i;
      break;
    }
  }
  if (quote) fail("unterminated string");
  if (end == std::string_view::npos) {
    if (nest > 0) fail("expecting '}'");
    fail("expecting '}'");
  }
  std::string_view text = s_.substr(begin, end - begin);
  if (text.find_first_not_of(" \t\n\r\f") == std::string_view::npos) fail("empty expression not allowed");
  Expr* value = parse_expression(begin, end);
  bool debug = false;
  if (s_[i] == '=') {
    debug = true;
    ++i;
    while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n')) ++i;
  }
  size_t after_debug = i;
  int conversion = -1;
  if (i < s_.size() && s_[i] == '!') {
    ++i;
    if (i >= s_.size() || std::string_view("sra").find(s_[i]) == std::string_view::npos)
      fail("invalid conversion character: expected 's', 'r', or 'a'");
    conversion = s_[i];
    ++i;
    if (i >= s_.size() || (s_[i] != ':' && s_[i] != '}')) fail("expecting '}'");
  }
  if (debug) {
    pending.append(s_.substr(begin, after_debug - begin));
    // Whitespace after '=' is kept too (up to '!', ':' or '}').
  }
  Expr* spec = nullptr;
  if (i < s_.size() && s_[i] == ':') {
    ++i;
    std::vector<Expr*> spec_values;
    std::string spec_pending;
    run(spec_values, spec_pending, spec_depth + 1);
    if (!spec_pending.empty()) spec_values.push_back(make_constant(spec_pending));
    JoinedStr* js = p_.arena().make<JoinedStr>();
    js->values = AstList<Expr*>{p_.arena().copy_array(spec_values.data(), spec_values.size()),
                                static_cast<uint32_t>(spec_values.size())};
    spec = js;
  }
  if (i >= s_.size() || s_[i] != '}') fail("expecting '}'");
  ++i;
  FormattedValue* fv = p_.arena().make<FormattedValue>();
  fv->value = value;
  fv->conversion = conversion;
  if (debug && conversion == -1 && !spec) fv->conversion = 'r';
  fv->format_spec = spec;
  return fv;
}

Expr* FStringScanner::parse_expression(size_t begin, size_t end) {
  int line, col;
  body_position(piece_, begin, &line, &col);
  std::string text = "(" + std::string(s_.substr(begin, end - begin)) + ")";
  Lexer lexer(text, p_.options().hausa_keywords);
  lexer.run();
  if (lexer.error()) fail(lexer.error()->msg);
  std::vector<Token> tokens = lexer.tokens();
  for (Token& t : tokens) {
    if (t.line == 1) t.col += col - 1;
    if (t.end_line == 1) t.end_col += col - 1;
    t.line += line - 1;
    t.end_line += line - 1;
  }
  Parser sub(p_.lexer(), std::move(tokens), p_.arena(), p_.filename(), p_.options());
  sub.set_depth(p_.depth() + 1);
  sub.set_in_fstring(true, p_.fstring_depth() + 1);
  sub.set_bracket_depth(0);
  try {
    return sub.parse_fstring_expression();
  } catch (ParseFailure&) {
    SyntaxErrorInfo info = *sub.error();
    if (info.msg.rfind("f-string", 0) != 0) info.msg = "f-string: " + info.msg;
    p_.mutable_error() = info;
    throw;
  }
}

}  // namespace

Expr* Parser::parse_fstring_expression() {
  expect(TokenKind::LPar);
  ++bracket_depth_;
  Expr* e = yield_or_star_expressions();
  if (!at(TokenKind::RPar)) fail_after(e);
  advance();
  if (!at(TokenKind::Newline) && !at(TokenKind::EndMarker)) fail_generic();
  return e;
}

void parse_fstring_piece(Parser& p, const Token& t, const StringPiece& piece,
                         std::vector<Expr*>& values, std::string& pending, bool& has_pending,
                         int recurse_depth) {
  (void)recurse_depth;
  FStringScanner scanner(p, t, piece);
  scanner.run(values, pending, 0);
  has_pending = !pending.empty();
}

// ---------------------------------------------------------------- strings

Expr* Parser::strings() {
  const Token& first = tok();
  std::vector<const Token*> toks;
  while (at(TokenKind::String)) toks.push_back(&advance());
  const Token& last = *toks.back();
  bool any_bytes = false, any_str = false, any_f = false;
  std::vector<StringPiece> pieces;
  for (const Token* t : toks) {
    pieces.push_back(split_string_token(*t));
    (pieces.back().is_bytes ? any_bytes : any_str) = true;
    any_f = any_f || pieces.back().is_fstring;
  }
  if (any_bytes && any_str)
    fail_at("cannot mix bytes and nonbytes literals", first.line, first.col, last.end_line,
            last.end_col);
  auto decode = [&](const Token& t, const StringPiece& piece, std::string& out) {
    size_t err = 0;
    std::string msg = decode_string_body(piece.body, piece.is_bytes, piece.is_raw, out, &err);
    if (!msg.empty()) fail_token(msg, t);
  };
  if (!any_f) {
    std::string value;
    for (size_t i = 0; i < toks.size(); ++i) decode(*toks[i], pieces[i], value);
    Constant* c = make<Constant>(first);
    c->value_kind = any_bytes ? ConstantKind::Bytes : ConstantKind::Str;
    c->str_value = arena_.copy_string(value);
    c->u_prefix = pieces[0].u_prefix;
    return finish(c);
  }
  std::vector<Expr*> values;
  std::string pending;
  bool has_pending = false;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (pieces[i].is_fstring) {
      parse_fstring_piece(*this, *toks[i], pieces[i], values, pending, has_pending, 0);
    } else {
      decode(*toks[i], pieces[i], pending);
    }
  }
  if (!pending.empty()) {
    Constant* c = arena_.make<Constant>();
    c->value_kind = ConstantKind::Str;
    c->str_value = arena_.copy_string(pending);
    values.push_back(c);
  }
  JoinedStr* js = make<JoinedStr>(first);
  js->values = list(values);
  finish(js);
  // CPython 3.11 gives every part (and nested format specs) the whole
  // literal's location.
  std::vector<Expr*> stack(values.begin(), values.end());
  while (!stack.empty()) {
    Expr* v = stack.back();
    stack.pop_back();
    v->line = js->line, v->col = js->col, v->end_line = js->end_line, v->end_col = js->end_col;
    if (auto* fv = as<FormattedValue>(v)) {
      if (fv->format_spec) {
        stack.push_back(fv->format_spec);
        for (Expr* x : cast<JoinedStr>(fv->format_spec)->values) stack.push_back(x);
      }
    }
  }
  return js;
}

}  // namespace tr::syntax
