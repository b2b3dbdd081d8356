// compiler.cpp — the entry points of compiler/: source or AST in, a module
// Code out, or a pending SyntaxError built the way CPython builds it.
#include "compiler/compiler.h"

#include "base/check.h"
#include "compiler/compiler_internal.h"

namespace tr::compiler {

// ---------------------------------------------------------------------------
// The module unit

bytecode::Code* Compiler::compile(const ast::Module* mod) {
  if (!check_future(mod)) return nullptr;
  if (!symtab_.build(mod, err_)) return nullptr;
  filename_str_ = str_new(filename_);
  print_exprs_ = opts_.repl || mod->mode == ast::ModuleKind::Single;
  Scope* s = symtab_.module_scope();
  push_unit(s, "<module>", "<module>", 1);
  u().flags |= bytecode::kCodeModule;
  setup_unit_registers(s, nullptr);
  if (mod->mode == ast::ModuleKind::Eval) {
    int r = expr_any(mod->expression);
    emit(Op::RETURN, r);
  } else {
    size_t start = 0;
    if (s->has_annotations) {
      if (!mod->body.empty()) set_line(mod->body[0]);
      emit(Op::SETUP_ANNOTATIONS);
    }
    if (mod->mode == ast::ModuleKind::File && !mod->body.empty() &&
        is_docstring_stmt(mod->body[0])) {
      const ast::Stmt* d = mod->body[0];
      Value doc = constant_value(ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(d)->value));
      u().docstring = doc;
      u().flags |= bytecode::kCodeHasDocstring;
      set_line(d);
      int t = new_temp();
      load_const(t, doc);
      store_name("__doc__", t);
      free_temps(t);
      start = 1;
    }
    function_body(mod->body, start);
  }
  bytecode::Code* code = pop_unit();
  return failed() ? nullptr : code;
}

// ---------------------------------------------------------------------------
// SyntaxError

namespace {

// The source line `line` (1-based) with its newline, or empty.
std::string_view source_line(std::string_view src, int line) {
  if (line <= 0) return {};
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t nl = src.find('\n', pos);
  return src.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl + 1 - pos);
}

// A 0-based UTF-8 byte column as CPython's 1-based character offset.
int char_offset(std::string_view text, int byte_col) {
  if (byte_col < 0) return 0;
  if (text.empty()) return byte_col + 1;
  int chars = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(text.size()); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  return chars + 1;
}

void raise_syntax_error(Type* type, const std::string& msg, std::string_view filename, int line,
                        int offset, std::string_view text, bool have_text, int end_line,
                        int end_offset) {
  Value text_v = have_text ? Value::object(str_new(text)) : Value::none();
  Tuple* loc = tuple_pack({Value::object(str_new(filename)), int_from_i64(line),
                           int_from_i64(offset), text_v, int_from_i64(end_line),
                           end_offset > 0 ? int_from_i64(end_offset) : Value::none()});
  Tuple* args = tuple_pack({Value::object(str_new(msg)), Value::object(loc)});
  Value exc = exception_new(type, args);
  if (exc.is_null()) return;  // its own error is pending
  raise_value(exc);
}

bytecode::Code* run(const ast::Module* mod, std::string_view filename, const Options& opts,
                    std::string_view source, bool have_source) {
  gc::Pause pause;
  Compiler c(filename, opts);
  bytecode::Code* code = c.compile(mod);
  if (code) return code;
  const CompileError& e = c.error();
  TR_CHECK(e.set);
  std::string_view text = have_source ? source_line(source, e.line) : std::string_view();
  std::string_view end_text =
      have_source && e.end_line != e.line ? source_line(source, e.end_line) : text;
  raise_syntax_error(&exc::SyntaxError, e.msg, filename, e.line, char_offset(text, e.col), text,
                     have_source && !text.empty(), e.end_line, char_offset(end_text, e.end_col));
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------
// Public entry points

bytecode::Code* compile_module(const syntax::Module* mod, std::string_view filename,
                               const Options& opts) {
  return run(mod, filename, opts, {}, false);
}

bytecode::Code* compile_source(std::string_view source, std::string_view filename,
                               syntax::ParseMode mode, const Options& opts) {
  syntax::Arena arena;
  syntax::ParseResult pr = syntax::parse(source, filename, mode, arena, opts.parse);
  if (!pr.module) {
    gc::Pause pause;
    TR_CHECK(pr.error.has_value());
    const syntax::SyntaxErrorInfo& e = *pr.error;
    Type* type = &exc::SyntaxError;
    if (e.kind == "IndentationError") type = &exc::IndentationError;
    else if (e.kind == "TabError") type = &exc::TabError;
    raise_syntax_error(type, e.msg, e.filename.empty() ? filename : e.filename, e.line, e.col,
                       e.text, !e.text.empty(), e.end_line, e.end_col);
    return nullptr;
  }
  return run(pr.module, filename, opts, source, true);
}

}  // namespace tr::compiler
