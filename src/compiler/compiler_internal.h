// compiler_internal.h — the code generator shared by the codegen_*.cpp files:
// one Compiler walks the AST with the scopes from symtable.h and fills a
// stack of Units, one per code object being built. Internal to compiler/.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bytecode/code.h"
#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "objects/objects.h"

namespace tr::compiler {

using bytecode::Op;
using bytecode::RegKind;

// A jump target inside the current unit; its pc is known once bound.
struct Label {
  int id = -1;
};

// The set of named registers definitely assigned at the current point of the
// code (for CHECK_BOUND). `unreachable` is the top element: code after a
// return/raise/break, where every variable counts as assigned.
struct Assigned {
  std::vector<bool> bits;
  bool unreachable = false;
  void meet(const Assigned& o) {
    if (o.unreachable) return;
    if (unreachable) {
      *this = o;
      return;
    }
    for (size_t i = 0; i < bits.size() && i < o.bits.size(); ++i) bits[i] = bits[i] && o.bits[i];
  }
};

// A source range: lines 1-based, columns 0-based UTF-8 byte offsets (-1 =
// unknown).
struct SrcPos {
  int line = 1, col = -1, end_line = 1, end_col = -1;
};

// One handler of the exception table with the pc ranges it protects. A range
// is open while code is being emitted inside the protected statement; jumps
// out of the statement (return/break/continue) close it around the exit code.
struct Region {
  Label handler;
  uint16_t reg = 0;  // the handler receives the exception in this register
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  int open_start = -1;
};

// The statements a return/break/continue may have to leave, innermost last.
enum class BlockKind : uint8_t {
  Loop,            // while / for: the break and continue targets
  TryExcept,       // body of try/except: nothing to undo
  TryFinally,      // body of try/finally: run the finally body on the way out
  HandlerCleanup,  // inside an except handler / exceptional finally: POP_EXCEPT
  NamedHandler,    // `except E as name` body: unbind name on the way out
  With,            // with body: call __exit__(None, None, None) on the way out
  StarHandler,     // an except* clause body: break/continue/return may not leave it
};

struct Block {
  BlockKind kind;
  int region = -1;                    // protecting Region, or -1
  Label brk, cont;                    // Loop
  int owned_iter = -1;                // Loop: register of an iterator to close on leaving early
  const ast::AstList<ast::Stmt*>* finalbody = nullptr;  // TryFinally
  int reg = -1;                       // HandlerCleanup: saved exc; With: __exit__
  bool is_async = false;              // With: `async with` (its __aexit__ result is awaited)
  std::string_view name;              // NamedHandler
  Assigned break_state;               // Loop: meet of the states at each break
};

// How a name is reached from the current unit.
enum class Access : uint8_t { Fast, Deref, ClassDeref, Global, Name };
struct NameRef {
  Access access;
  int reg = -1;        // Fast / Deref / ClassDeref
  std::string name;    // mangled
};

// One code object being built.
struct Unit {
  Scope* scope = nullptr;
  std::string name, qualname;
  int firstlineno = 1;
  uint32_t flags = 0;
  uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  Value docstring = Value::none();

  std::vector<bytecode::Instr> code;
  std::vector<uint32_t> lines;
  std::vector<bytecode::Position> positions;
  std::vector<int> label_pos;                 // -1 until bound
  std::vector<std::pair<int, int>> fixups;    // (instruction, label) for jumps
  SrcPos cur;  // the source range given to each instruction emitted

  std::vector<Value> consts;
  std::unordered_map<std::string, uint32_t> const_index;
  std::vector<Str*> names;
  std::unordered_map<std::string, uint32_t> name_index;

  // Named registers: [0, num_named). Temporaries above, allocated as a stack.
  std::vector<std::string> reg_names;
  std::vector<RegKind> reg_kinds;
  std::unordered_map<std::string, int> reg_of;
  std::vector<uint16_t> cell_regs, free_regs;
  std::vector<std::string> freevars;  // closure order
  int class_cell_reg = -1;            // class body: the __class__ cell
  int num_named = 0;
  int next_temp = 0;
  int max_regs = 0;

  std::vector<Region> regions;
  struct Entry {
    uint32_t start, end;
    Label handler;
    uint16_t reg;
  };
  std::vector<Entry> entries;  // innermost first
  std::vector<Block> blocks;
  Assigned assigned;
};

class Compiler {
 public:
  Compiler(std::string_view filename, const Options& opts) : filename_(filename), opts_(opts) {}
  // Null with error() set on a compile-time SyntaxError.
  bytecode::Code* compile(const ast::Module* mod);
  const CompileError& error() const { return err_; }

  // ---- errors -------------------------------------------------------------
  void error(const ast::Node* n, std::string msg);
  bool failed() const { return err_.set; }

  // ---- units and emission (unit.cpp) -------------------------------------
  void push_unit(Scope* s, std::string name, std::string qualname, int firstline);
  bytecode::Code* pop_unit();
  Unit& u() { return *units_.back(); }
  // The source range of the instructions emitted next: a node's whole range
  // (what CPython's tracebacks underline), or a bare line without columns.
  // Each returns the previous range, for restoring it.
  SrcPos set_line(const ast::Node* n) {
    SrcPos old = u().cur;
    if (n && n->line > 0) u().cur = SrcPos{n->line, n->col, n->end_line, n->end_col};
    return old;
  }
  SrcPos set_line(SrcPos pos) {
    SrcPos old = u().cur;
    if (pos.line > 0) u().cur = pos;
    return old;
  }
  SrcPos set_line_only(int line) {
    SrcPos old = u().cur;
    if (line > 0) u().cur = SrcPos{line, -1, line, -1};
    return old;
  }
  int pc() { return static_cast<int>(u().code.size()); }
  int emit(Op op, int a = 0, int b = 0, int c = 0);
  int emit_bx(Op op, int a, uint32_t bx);
  Label new_label();
  void bind(Label l);
  void emit_jump(Op op, int a, Label target);
  void jump(Label target) { emit_jump(Op::JUMP, 0, target); }
  uint32_t add_const(Value v);
  uint32_t add_name(std::string_view name);
  void load_const(int dst, Value v) { emit_bx(Op::LOAD_CONST, dst, add_const(v)); }
  void load_none(int dst) { load_const(dst, Value::none()); }
  void move(int dst, int src) {
    if (dst != src) emit(Op::MOVE, dst, src);
  }
  int new_temp();
  int top() { return u().next_temp; }
  void free_temps(int mark) { u().next_temp = mark; }
  bool is_temp(int r) { return r >= u().num_named; }
  int new_region(Label handler, int reg);
  void region_open(int r);
  void region_close(int r);
  void region_finish(int r);  // closes for good: its ranges join the table

  // ---- names and definite assignment (codegen_name.cpp) ------------------
  std::string mangle(std::string_view raw) { return u().scope->mangle(raw); }
  NameRef resolve(std::string_view raw);
  void load_name(std::string_view raw, int dst);
  int load_name_any(std::string_view raw);  // may return the variable's own register
  void store_name(std::string_view raw, int src);
  void delete_name(std::string_view raw);
  int local_reg(std::string_view raw);  // Fast register of a name, else -1
  bool is_assigned(int reg);
  void set_assigned(int reg, bool on);
  Assigned state() { return u().assigned; }
  void set_state(const Assigned& s) { u().assigned = s; }
  void mark_unreachable() { u().assigned.unreachable = true; }
  void forget_deleted(const ast::AstList<ast::Stmt*>& body);

  // ---- expressions (codegen_expr.cpp) -------------------------------------
  // expr_to:  the value into R[dst]. A named (non-temporary) dst is written
  //           only by the last instruction, after every input was read, so
  //           `x = x and y` or a raising `x = f(x)` never clobber x early.
  // expr_any: a register holding the value — a local's own register when no
  //           walrus can rebind it meanwhile, else a new temporary.
  // operand:  as expr_any, but a temporary dst may hold the value meanwhile.
  // Temporaries are a stack: callers save top() and free_temps() back to it.
  void expr_to(const ast::Expr* e, int dst);
  int expr_any(const ast::Expr* e);
  int operand(const ast::Expr* e, int dst);
  int subscript_key(const ast::Expr* slice);
  int expr_top(const ast::Expr* e) {
    int t = new_temp();
    expr_to(e, t);
    return t;
  }
  void expr_discard(const ast::Expr* e);
  void jump_if(const ast::Expr* e, bool when, Label target);
  void build_sequence(const ast::AstList<ast::Expr*>& elts, ast::NodeKind kind, int dst);
  void fstring(const ast::JoinedStr* j, int dst);
  void formatted_value(const ast::FormattedValue* f, int dst);

  // ---- annotations (unparse.cpp) ------------------------------------------
  std::string unparse(const ast::Expr* e);
  // An annotation's value: evaluated, or its source text under
  // `from __future__ import annotations`.
  void annotation_to(const ast::Expr* e, int dst);

  // ---- constants and folding (fold.cpp) -----------------------------------
  Value constant_value(const ast::Constant* c);
  Value fold(const ast::Expr* e);  // null when not a foldable constant
  Value const_tuple(const std::vector<Value>& items);

  // ---- calls (codegen_call.cpp) -------------------------------------------
  void call(const ast::Call* c, int dst);
  void call_at(const ast::Call* c, int base);  // base is the top temp
  void call_ex_args(const ast::AstList<ast::Expr*>& args, const ast::AstList<ast::Keyword*>& kws,
                    int pos, int kw, int callee, int prefix_start, int prefix_count);
  bool check_keywords(const ast::AstList<ast::Keyword*>& kws);

  // ---- statements (codegen_stmt.cpp) --------------------------------------
  void stmts(const ast::AstList<ast::Stmt*>& body);
  // A loop's body as the target of break (to exit) and continue (to head),
  // then the jump back to head (at `stmt`'s line unless null); `region` and
  // `owned_iter` as in Block. Returns the meet of the states at its breaks.
  Assigned loop_body(const ast::AstList<ast::Stmt*>& body, Label head, Label exit,
                     const ast::Node* stmt, int region = -1, int owned_iter = -1);
  void stmt(const ast::Stmt* s);
  void if_stmt(const ast::If* s);
  void while_stmt(const ast::While* s);
  void for_stmt(const ast::For* s);
  void return_stmt(const ast::Return* s);
  void break_continue(const ast::Stmt* s, bool is_break);
  void raise_stmt(const ast::Raise* s);
  void assert_stmt(const ast::Assert* s);
  void import_stmt(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void expr_stmt(const ast::ExprStmt* s);

  // ---- assignment (codegen_assign.cpp) ------------------------------------
  void assign(const ast::Assign* s);
  void store_to(const ast::Expr* target, int src);
  void unpack_to(const ast::AstList<ast::Expr*>& elts, int src, const ast::Node* at);
  void aug_assign(const ast::AugAssign* s);
  void ann_assign(const ast::AnnAssign* s);
  void delete_target(const ast::Expr* t);

  // ---- try / with / unwinding (codegen_try.cpp) --------------------------
  void try_stmt(const ast::Try* s);
  struct ExceptSkeleton {
    int mark, e, prev, creg, cregion;
    Label end, cleanup;
    Assigned at_handler, end_state;
  };
  ExceptSkeleton except_begin(const ast::Try* s);
  void except_end(ExceptSkeleton& k);
  void try_except(const ast::Try* s);
  void try_except_star(const ast::Try* s);
  void try_finally(const ast::Try* s);
  void with_stmt(const ast::With* s, size_t item);
  // Emits the exit code of every block above the innermost loop (break /
  // continue) or of all blocks (return), leaving their regions suspended.
  // Returns the suspended regions to resume after the jump.
  std::vector<int> unwind(bool to_loop);
  void resume(const std::vector<int>& regions);

  // ---- functions, classes, comprehensions (codegen_func.cpp) --------------
  void function_def(const ast::FunctionDef* f);
  void lambda(const ast::Lambda* l, int dst);
  void class_def(const ast::ClassDef* c);
  void comprehension(const ast::Expr* e, int dst);
  void yield_expr(const ast::Expr* value, int dst);
  void yield_from(const ast::Expr* value, int dst);
  // `await value` into dst; emit_await awaits the object in R[src].
  void await_expr(const ast::Expr* value, int dst);
  void emit_await(int src, int dst);
  // The SEND / YIELD_VALUE loop driving the iterator in R[it], which must be
  // the top temporary; its result goes to dst.
  void delegate_loop(int it, int dst);
  // async for's step: the next value of async iterator R[it] into R[val]
  // (the top temporary), or a jump to the handler of `region` with
  // StopAsyncIteration.
  void async_next(int it, int val, int region);
  void async_for_stmt(const ast::For* s);
  // MAKE_FUNCTION into `base` for the unit just compiled; the inputs that
  // `flags` announces already sit in base+1.. and the closure is added here.
  void make_function(bytecode::Code* code, int base, int flags);
  std::string qualname_for(std::string_view name, bool check_global);
  int function_inputs(const ast::Arguments* a, const ast::Expr* returns);
  int apply_decorators(const ast::AstList<ast::Expr*>& decs, int dec_base);
  void comprehension_loop(const ast::Expr* e, size_t i, int res);
  void setup_unit_registers(Scope* s, const ast::Arguments* args);
  void function_body(const ast::AstList<ast::Stmt*>& body, size_t start);
  bool falls_through();
  void return_none();
  bool in_function() { return u().scope->is_function_like(); }

  // ---- match (codegen_match.cpp) ------------------------------------------
  void match_stmt(const ast::Match* s);

 private:
  std::string filename_;
  Options opts_;
  CompileError err_;
  SymbolTable symtab_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::unordered_map<const ast::Expr*, Value> folded_;
  Str* filename_str_ = nullptr;
  bool print_exprs_ = false;  // REPL: expression statements print (PRINT_EXPR)
  // `from __future__ import annotations`: annotations are stored as strings.
  bool future_annotations_ = false;
  int future_lineno_ = 0;  // line of the last leading __future__ import
  bool check_future(const ast::Module* mod);
};

// Helpers shared between files.
bool is_docstring_stmt(const ast::Stmt* s);
Value make_str_const(std::string_view s);
// Op for the binary operator (`inplace` selects IADD...).
Op binop_opcode(ast::BinOpKind k, bool inplace);
BinaryOp binop_runtime(ast::BinOpKind k);

}  // namespace tr::compiler
