// dump.cpp — prints an AST exactly like Python 3.11's ast.dump(tree, indent=2)
// (without attributes), so tests can compare against CPython's output and
// `--dump=ast` reads like the reference.

#include <charconv>
#include <cstdio>
#include <string>
#include <vector>

#include "syntax/syntax.h"
#include "syntax/unicode.h"

namespace tr::syntax {

namespace {

// ---------------------------------------------------------------- reprs

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    int len;
    int32_t cp = utf8_decode(s, i, &len);
    char buf[16];
    if (cp == q || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(s[i]));
      out += buf;
    } else if (!is_printable(static_cast<uint32_t>(cp)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  out += q;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    char buf[8];
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  out += q;
  return out;
}

// Python's float repr: shortest round-trip digits, exponent form when the
// decimal exponent is < -4 or >= 16.
std::string repr_float(double v) {
  if (v != v) return "nan";
  if (v == 1.0 / 0.0) return "inf";
  if (v == -1.0 / 0.0) return "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  size_t e = sci.find('e');
  std::string mant = sci.substr(0, e);
  int exp = std::stoi(sci.substr(e + 1));
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  std::string out;
  if (exp < -4 || exp >= 16) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  } else if (exp < 0) {
    out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
  } else {
    if (digits.size() <= static_cast<size_t>(exp) + 1) {
      out = digits + std::string(static_cast<size_t>(exp) + 1 - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  }
  return neg ? "-" + out : out;
}

// Decimal text of an arbitrary-precision digit string in `base`.
std::string to_decimal(std::string_view digits, int base) {
  if (base == 10) return std::string(digits);
  std::vector<int> dec{0};  // little-endian base-10 digits
  for (char ch : digits) {
    int d = ch <= '9' ? ch - '0' : ch - 'a' + 10;
    int carry = d;
    for (int& x : dec) {
      int v = x * base + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) {
      dec.push_back(carry % 10);
      carry /= 10;
    }
  }
  std::string out;
  for (auto it = dec.rbegin(); it != dec.rend(); ++it) out += static_cast<char>('0' + *it);
  return out;
}

std::string repr_constant(const Constant* c) {
  switch (c->value_kind) {
    case ConstantKind::None: return "None";
    case ConstantKind::True: return "True";
    case ConstantKind::False: return "False";
    case ConstantKind::Ellipsis: return "Ellipsis";
    case ConstantKind::Int: return to_decimal(c->digits, c->base);
    case ConstantKind::Float: return repr_float(c->float_value);
    case ConstantKind::Imaginary: {
      std::string r = repr_float(c->float_value);
      if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
      return r + "j";
    }
    case ConstantKind::Str: return repr_str(c->str_value);
    case ConstantKind::Bytes: return repr_bytes(c->str_value);
  }
  return "?";
}

// ---------------------------------------------------------------- formatter

struct Out {
  std::string text;
  bool simple;
};

class Dumper {
 public:
  explicit Dumper(bool positions) : positions_(positions) {}
  Out node(const Node* n, int level) { return node_fields(n, level); }
  Out node_fields(const Node* n, int level);

 private:
  struct Field {
    const char* name;
    Out value;
  };
  using Fields = std::vector<Field>;

  Out make(const char* cls, Fields fields, int level) {
    if (positions_ && current_ && has_positions(current_->kind)) {
      fields.push_back({"lineno", atom(std::to_string(current_->line))});
      fields.push_back({"col_offset", atom(std::to_string(current_->col))});
      fields.push_back({"end_lineno", atom(std::to_string(current_->end_line))});
      fields.push_back({"end_col_offset", atom(std::to_string(current_->end_col))});
    }
    bool all_simple = true;
    for (const Field& f : fields) all_simple = all_simple && f.value.simple;
    std::string prefix = "\n" + std::string(static_cast<size_t>(level) * 2, ' ');
    std::string sep = ",\n" + std::string(static_cast<size_t>(level) * 2, ' ');
    std::string out = std::string(cls) + "(";
    if (all_simple && fields.size() <= 3) {
      for (size_t i = 0; i < fields.size(); ++i)
        out += (i ? ", " : "") + std::string(fields[i].name) + "=" + fields[i].value.text;
      return {out + ")", fields.empty()};
    }
    out += prefix;
    for (size_t i = 0; i < fields.size(); ++i)
      out += (i ? sep : "") + std::string(fields[i].name) + "=" + fields[i].value.text;
    return {out + ")", false};
  }
  // Children are formatted (as arguments) before this runs, so current_ is
  // the node whose fields are being assembled.
  Out make_n(const Node* n, const char* cls, Fields fields, int level) {
    current_ = n;
    return make(cls, std::move(fields), level);
  }
  static Out atom(std::string s) { return {std::move(s), true}; }
  static Out op(const char* name) { return {std::string(name) + "()", true}; }
  Out opt(const Node* n, int level) { return n ? node(n, level) : atom("None"); }
  template <class T>
  Out seq(const AstList<T*>& items, int level) {
    if (items.empty()) return atom("[]");
    ++level;
    std::string prefix = "\n" + std::string(static_cast<size_t>(level) * 2, ' ');
    std::string sep = ",\n" + std::string(static_cast<size_t>(level) * 2, ' ');
    std::string out = "[" + prefix;
    for (size_t i = 0; i < items.size(); ++i)
      out += (i ? sep : "") + (items[i] ? node(items[i], level).text : std::string("None"));
    return {out + "]", false};
  }
  Out names(const AstList<std::string_view>& items, int level) {
    if (items.empty()) return atom("[]");
    ++level;
    std::string prefix = "\n" + std::string(static_cast<size_t>(level) * 2, ' ');
    std::string sep = ",\n" + std::string(static_cast<size_t>(level) * 2, ' ');
    std::string out = "[" + prefix;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + repr_str(items[i]);
    return {out + "]", false};
  }
  static void add_opt_name(Fields& f, const char* name, std::string_view v) {
    if (!v.empty()) f.push_back({name, atom(repr_str(v))});
  }
  void add_opt(Fields& f, const char* name, const Node* n, int level) {
    if (n) f.push_back({name, node(n, level)});
  }
  Out ctx(ExprContext c) { return op(expr_context_name(c)); }
  static bool has_positions(NodeKind k) {
    return k != NodeKind::Module && k != NodeKind::Arguments && k != NodeKind::WithItem &&
           k != NodeKind::MatchCase && k != NodeKind::Comprehension;
  }

  bool positions_;
  const Node* current_ = nullptr;
};

Out Dumper::node_fields(const Node* n, int level) {
  ++level;
  Fields f;

  switch (n->kind) {
    case NodeKind::Module: {
      const Module* m = cast<Module>(n);
      if (m->mode == ModuleKind::Eval) return make_n(n, "Expression", {{"body", node(m->expression, level)}}, level);
      f.push_back({"body", seq(m->body, level)});
      if (m->mode == ModuleKind::Single) return make_n(n, "Interactive", f, level);
      f.push_back({"type_ignores", atom("[]")});
      return make_n(n, "Module", f, level);
    }
    case NodeKind::BoolOp: {
      auto* e = cast<BoolOp>(n);
      return make_n(n, "BoolOp", {{"op", op(bool_op_name(e->op))}, {"values", seq(e->values, level)}}, level);
    }
    case NodeKind::NamedExpr: {
      auto* e = cast<NamedExpr>(n);
      return make_n(n, "NamedExpr", {{"target", node(e->target, level)}, {"value", node(e->value, level)}}, level);
    }
    case NodeKind::BinOp: {
      auto* e = cast<BinOp>(n);
      return make_n(n, "BinOp", {{"left", node(e->left, level)}, {"op", op(bin_op_name(e->op))},
                            {"right", node(e->right, level)}}, level);
    }
    case NodeKind::UnaryOp: {
      auto* e = cast<UnaryOp>(n);
      return make_n(n, "UnaryOp", {{"op", op(unary_op_name(e->op))}, {"operand", node(e->operand, level)}}, level);
    }
    case NodeKind::Lambda: {
      auto* e = cast<Lambda>(n);
      return make_n(n, "Lambda", {{"args", node(e->args, level)}, {"body", node(e->body, level)}}, level);
    }
    case NodeKind::IfExp: {
      auto* e = cast<IfExp>(n);
      return make_n(n, "IfExp", {{"test", node(e->test, level)}, {"body", node(e->body, level)},
                            {"orelse", node(e->orelse, level)}}, level);
    }
    case NodeKind::Dict: {
      auto* e = cast<Dict>(n);
      return make_n(n, "Dict", {{"keys", seq(e->keys, level)}, {"values", seq(e->values, level)}}, level);
    }
    case NodeKind::Set:
      return make_n(n, "Set", {{"elts", seq(cast<Set>(n)->elts, level)}}, level);
    case NodeKind::ListComp: {
      auto* e = cast<ListComp>(n);
      return make_n(n, "ListComp", {{"elt", node(e->elt, level)}, {"generators", seq(e->generators, level)}}, level);
    }
    case NodeKind::SetComp: {
      auto* e = cast<SetComp>(n);
      return make_n(n, "SetComp", {{"elt", node(e->elt, level)}, {"generators", seq(e->generators, level)}}, level);
    }
    case NodeKind::GeneratorExp: {
      auto* e = cast<GeneratorExp>(n);
      return make_n(n, "GeneratorExp", {{"elt", node(e->elt, level)}, {"generators", seq(e->generators, level)}}, level);
    }
    case NodeKind::DictComp: {
      auto* e = cast<DictComp>(n);
      return make_n(n, "DictComp", {{"key", node(e->key, level)}, {"value", node(e->value, level)},
                               {"generators", seq(e->generators, level)}}, level);
    }
    case NodeKind::Await:
      return make_n(n, "Await", {{"value", node(cast<Await>(n)->value, level)}}, level);
    case NodeKind::Yield:
      add_opt(f, "value", cast<Yield>(n)->value, level);
      return make_n(n, "Yield", f, level);
    case NodeKind::YieldFrom:
      return make_n(n, "YieldFrom", {{"value", node(cast<YieldFrom>(n)->value, level)}}, level);
    case NodeKind::Compare: {
      auto* e = cast<Compare>(n);
      std::string ops;
      std::string pre = "\n" + std::string(static_cast<size_t>(level + 1) * 2, ' ');
      std::string sep = ",\n" + std::string(static_cast<size_t>(level + 1) * 2, ' ');
      for (size_t i = 0; i < e->ops.size(); ++i) ops += (i ? sep : pre) + cmp_op_name(e->ops[i]) + "()";
      return make_n(n, "Compare", {{"left", node(e->left, level)}, {"ops", {"[" + ops + "]", false}},
                              {"comparators", seq(e->comparators, level)}}, level);
    }
    case NodeKind::Call: {
      auto* e = cast<Call>(n);
      return make_n(n, "Call", {{"func", node(e->func, level)}, {"args", seq(e->args, level)},
                           {"keywords", seq(e->keywords, level)}}, level);
    }
    case NodeKind::FormattedValue: {
      auto* e = cast<FormattedValue>(n);
      f.push_back({"value", node(e->value, level)});
      f.push_back({"conversion", atom(std::to_string(e->conversion))});
      add_opt(f, "format_spec", e->format_spec, level);
      return make_n(n, "FormattedValue", f, level);
    }
    case NodeKind::JoinedStr:
      return make_n(n, "JoinedStr", {{"values", seq(cast<JoinedStr>(n)->values, level)}}, level);
    case NodeKind::Constant: {
      auto* e = cast<Constant>(n);
      f.push_back({"value", atom(repr_constant(e))});
      if (e->u_prefix) f.push_back({"kind", atom("'u'")});
      return make_n(n, "Constant", f, level);
    }
    case NodeKind::Attribute: {
      auto* e = cast<Attribute>(n);
      return make_n(n, "Attribute", {{"value", node(e->value, level)}, {"attr", atom(repr_str(e->attr))},
                                {"ctx", ctx(e->ctx)}}, level);
    }
    case NodeKind::Subscript: {
      auto* e = cast<Subscript>(n);
      return make_n(n, "Subscript", {{"value", node(e->value, level)}, {"slice", node(e->slice, level)},
                                {"ctx", ctx(e->ctx)}}, level);
    }
    case NodeKind::Starred: {
      auto* e = cast<Starred>(n);
      return make_n(n, "Starred", {{"value", node(e->value, level)}, {"ctx", ctx(e->ctx)}}, level);
    }
    case NodeKind::Name: {
      auto* e = cast<Name>(n);
      return make_n(n, "Name", {{"id", atom(repr_str(e->id))}, {"ctx", ctx(e->ctx)}}, level);
    }
    case NodeKind::List: {
      auto* e = cast<List>(n);
      return make_n(n, "List", {{"elts", seq(e->elts, level)}, {"ctx", ctx(e->ctx)}}, level);
    }
    case NodeKind::Tuple: {
      auto* e = cast<Tuple>(n);
      return make_n(n, "Tuple", {{"elts", seq(e->elts, level)}, {"ctx", ctx(e->ctx)}}, level);
    }
    case NodeKind::Slice: {
      auto* e = cast<Slice>(n);
      add_opt(f, "lower", e->lower, level);
      add_opt(f, "upper", e->upper, level);
      add_opt(f, "step", e->step, level);
      return make_n(n, "Slice", f, level);
    }
    case NodeKind::FunctionDef: {
      auto* e = cast<FunctionDef>(n);
      f.push_back({"name", atom(repr_str(e->name))});
      f.push_back({"args", node(e->args, level)});
      f.push_back({"body", seq(e->body, level)});
      f.push_back({"decorator_list", seq(e->decorator_list, level)});
      add_opt(f, "returns", e->returns, level);
      return make_n(n, e->is_async ? "AsyncFunctionDef" : "FunctionDef", f, level);
    }
    case NodeKind::ClassDef: {
      auto* e = cast<ClassDef>(n);
      return make_n(n, "ClassDef", {{"name", atom(repr_str(e->name))}, {"bases", seq(e->bases, level)},
                               {"keywords", seq(e->keywords, level)}, {"body", seq(e->body, level)},
                               {"decorator_list", seq(e->decorator_list, level)}}, level);
    }
    case NodeKind::Return:
      add_opt(f, "value", cast<Return>(n)->value, level);
      return make_n(n, "Return", f, level);
    case NodeKind::Delete:
      return make_n(n, "Delete", {{"targets", seq(cast<Delete>(n)->targets, level)}}, level);
    case NodeKind::Assign: {
      auto* e = cast<Assign>(n);
      return make_n(n, "Assign", {{"targets", seq(e->targets, level)}, {"value", node(e->value, level)}}, level);
    }
    case NodeKind::AugAssign: {
      auto* e = cast<AugAssign>(n);
      return make_n(n, "AugAssign", {{"target", node(e->target, level)}, {"op", op(bin_op_name(e->op))},
                                {"value", node(e->value, level)}}, level);
    }
    case NodeKind::AnnAssign: {
      auto* e = cast<AnnAssign>(n);
      f.push_back({"target", node(e->target, level)});
      f.push_back({"annotation", node(e->annotation, level)});
      add_opt(f, "value", e->value, level);
      f.push_back({"simple", atom(e->simple ? "1" : "0")});
      return make_n(n, "AnnAssign", f, level);
    }
    case NodeKind::For: {
      auto* e = cast<For>(n);
      return make_n(n, e->is_async ? "AsyncFor" : "For",
                  {{"target", node(e->target, level)}, {"iter", node(e->iter, level)},
                   {"body", seq(e->body, level)}, {"orelse", seq(e->orelse, level)}}, level);
    }
    case NodeKind::While: {
      auto* e = cast<While>(n);
      return make_n(n, "While", {{"test", node(e->test, level)}, {"body", seq(e->body, level)},
                            {"orelse", seq(e->orelse, level)}}, level);
    }
    case NodeKind::If: {
      auto* e = cast<If>(n);
      return make_n(n, "If", {{"test", node(e->test, level)}, {"body", seq(e->body, level)},
                         {"orelse", seq(e->orelse, level)}}, level);
    }
    case NodeKind::With: {
      auto* e = cast<With>(n);
      return make_n(n, e->is_async ? "AsyncWith" : "With",
                  {{"items", seq(e->items, level)}, {"body", seq(e->body, level)}}, level);
    }
    case NodeKind::Match: {
      auto* e = cast<Match>(n);
      return make_n(n, "Match", {{"subject", node(e->subject, level)}, {"cases", seq(e->cases, level)}}, level);
    }
    case NodeKind::Raise: {
      auto* e = cast<Raise>(n);
      add_opt(f, "exc", e->exc, level);
      add_opt(f, "cause", e->cause, level);
      return make_n(n, "Raise", f, level);
    }
    case NodeKind::Try: {
      auto* e = cast<Try>(n);
      return make_n(n, e->is_star ? "TryStar" : "Try",
                  {{"body", seq(e->body, level)}, {"handlers", seq(e->handlers, level)},
                   {"orelse", seq(e->orelse, level)}, {"finalbody", seq(e->finalbody, level)}}, level);
    }
    case NodeKind::Assert: {
      auto* e = cast<Assert>(n);
      f.push_back({"test", node(e->test, level)});
      add_opt(f, "msg", e->msg, level);
      return make_n(n, "Assert", f, level);
    }
    case NodeKind::Import:
      return make_n(n, "Import", {{"names", seq(cast<Import>(n)->names, level)}}, level);
    case NodeKind::ImportFrom: {
      auto* e = cast<ImportFrom>(n);
      add_opt_name(f, "module", e->module);
      f.push_back({"names", seq(e->names, level)});
      f.push_back({"level", atom(std::to_string(e->level))});
      return make_n(n, "ImportFrom", f, level);
    }
    case NodeKind::Global:
      return make_n(n, "Global", {{"names", names(cast<Global>(n)->names, level)}}, level);
    case NodeKind::Nonlocal:
      return make_n(n, "Nonlocal", {{"names", names(cast<Nonlocal>(n)->names, level)}}, level);
    case NodeKind::ExprStmt:
      return make_n(n, "Expr", {{"value", node(cast<ExprStmt>(n)->value, level)}}, level);
    case NodeKind::Pass: return make_n(n, "Pass", {}, level);
    case NodeKind::Break: return make_n(n, "Break", {}, level);
    case NodeKind::Continue: return make_n(n, "Continue", {}, level);
    // patterns
    case NodeKind::MatchValue:
      return make_n(n, "MatchValue", {{"value", node(cast<MatchValue>(n)->value, level)}}, level);
    case NodeKind::MatchSingleton: {
      ConstantKind v = cast<MatchSingleton>(n)->value;
      return make_n(n, "MatchSingleton", {{"value", atom(v == ConstantKind::None ? "None" : v == ConstantKind::True ? "True" : "False")}}, level);
    }
    case NodeKind::MatchSequence:
      return make_n(n, "MatchSequence", {{"patterns", seq(cast<MatchSequence>(n)->patterns, level)}}, level);
    case NodeKind::MatchMapping: {
      auto* e = cast<MatchMapping>(n);
      f.push_back({"keys", seq(e->keys, level)});
      f.push_back({"patterns", seq(e->patterns, level)});
      add_opt_name(f, "rest", e->rest);
      return make_n(n, "MatchMapping", f, level);
    }
    case NodeKind::MatchClass: {
      auto* e = cast<MatchClass>(n);
      return make_n(n, "MatchClass", {{"cls", node(e->cls, level)}, {"patterns", seq(e->patterns, level)},
                                 {"kwd_attrs", names(e->kwd_attrs, level)},
                                 {"kwd_patterns", seq(e->kwd_patterns, level)}}, level);
    }
    case NodeKind::MatchStar:
      add_opt_name(f, "name", cast<MatchStar>(n)->name);
      return make_n(n, "MatchStar", f, level);
    case NodeKind::MatchAs: {
      auto* e = cast<MatchAs>(n);
      add_opt(f, "pattern", e->pattern, level);
      add_opt_name(f, "name", e->name);
      return make_n(n, "MatchAs", f, level);
    }
    case NodeKind::MatchOr:
      return make_n(n, "MatchOr", {{"patterns", seq(cast<MatchOr>(n)->patterns, level)}}, level);
    // auxiliary records
    case NodeKind::Arguments: {
      auto* e = cast<Arguments>(n);
      f.push_back({"posonlyargs", seq(e->posonlyargs, level)});
      f.push_back({"args", seq(e->args, level)});
      add_opt(f, "vararg", e->vararg, level);
      f.push_back({"kwonlyargs", seq(e->kwonlyargs, level)});
      f.push_back({"kw_defaults", seq(e->kw_defaults, level)});
      add_opt(f, "kwarg", e->kwarg, level);
      f.push_back({"defaults", seq(e->defaults, level)});
      return make_n(n, "arguments", f, level);
    }
    case NodeKind::Arg: {
      auto* e = cast<Arg>(n);
      f.push_back({"arg", atom(repr_str(e->arg))});
      add_opt(f, "annotation", e->annotation, level);
      return make_n(n, "arg", f, level);
    }
    case NodeKind::Keyword: {
      auto* e = cast<Keyword>(n);
      add_opt_name(f, "arg", e->arg);
      f.push_back({"value", node(e->value, level)});
      return make_n(n, "keyword", f, level);
    }
    case NodeKind::Alias: {
      auto* e = cast<Alias>(n);
      f.push_back({"name", atom(repr_str(e->name))});
      add_opt_name(f, "asname", e->asname);
      return make_n(n, "alias", f, level);
    }
    case NodeKind::WithItem: {
      auto* e = cast<WithItem>(n);
      f.push_back({"context_expr", node(e->context_expr, level)});
      add_opt(f, "optional_vars", e->optional_vars, level);
      return make_n(n, "withitem", f, level);
    }
    case NodeKind::MatchCase: {
      auto* e = cast<MatchCase>(n);
      f.push_back({"pattern", node(e->pattern, level)});
      add_opt(f, "guard", e->guard, level);
      f.push_back({"body", seq(e->body, level)});
      return make_n(n, "match_case", f, level);
    }
    case NodeKind::ExceptHandler: {
      auto* e = cast<ExceptHandler>(n);
      add_opt(f, "type", e->type, level);
      add_opt_name(f, "name", e->name);
      f.push_back({"body", seq(e->body, level)});
      return make_n(n, "ExceptHandler", f, level);
    }
    case NodeKind::Comprehension: {
      auto* e = cast<Comprehension>(n);
      return make_n(n, "comprehension", {{"target", node(e->target, level)}, {"iter", node(e->iter, level)},
                                    {"ifs", seq(e->ifs, level)},
                                    {"is_async", atom(e->is_async ? "1" : "0")}}, level);
    }
  }
  return {"?", true};
}

}  // namespace

std::string dump(const Module* module) { return Dumper(false).node(module, 0).text; }

std::string dump_expr(const Expr* expr) { return Dumper(false).node(expr, 0).text; }

std::string dump_with_positions(const Module* module) { return Dumper(true).node(module, 0).text; }

}  // namespace tr::syntax
