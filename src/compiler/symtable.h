// symtable.h — scope analysis, the first pass of compiler/: which names of
// each function / lambda / comprehension / class / module scope are locals,
// cells, free variables or globals. Codegen asks this table how to load and
// store every name. Internal to compiler/.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"

namespace tr::compiler {

namespace ast = tr::syntax;

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// Where a name lives once analysis is done.
enum class SymScope : uint8_t {
  Local,           // a register (functions) or the locals mapping (module/class)
  Cell,            // a local captured by an inner scope: a register holding a cell
  Free,            // a variable of an enclosing function, reached through a cell
  GlobalExplicit,  // `global x`
  GlobalImplicit,  // never bound here: globals, then builtins
};

// Flags gathered by the first walk (CPython's DEF_* bits, our spelling).
constexpr uint32_t kSymAssigned = 1u << 0;   // bound here: =, del, for, import, def...
constexpr uint32_t kSymParam = 1u << 1;
constexpr uint32_t kSymGlobal = 1u << 2;     // `global` statement
constexpr uint32_t kSymNonlocal = 1u << 3;   // `nonlocal` statement (or walrus in a comprehension)
constexpr uint32_t kSymUsed = 1u << 4;       // read here
constexpr uint32_t kSymAnnotated = 1u << 5;  // `x: T` simple annotated target
constexpr uint32_t kSymCompIter = 1u << 6;   // a comprehension's iteration variable
constexpr uint32_t kSymFreeClass = 1u << 7;  // class scope: bound here AND free for children
constexpr uint32_t kSymBound = kSymAssigned | kSymParam;

struct Symbol {
  uint32_t flags = 0;
  SymScope scope = SymScope::GlobalImplicit;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;            // "f", "C", "<lambda>", "<listcomp>", "<module>"
  const ast::Node* node = nullptr;
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::vector<std::string> order;  // names in order of first sight (register order)
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> params;  // CPython order: positional, kw-only, *args, **kwargs
  std::string private_name;         // class used for __private name mangling ("" = none)
  // Where each global/nonlocal directive was written (for analysis errors).
  std::unordered_map<std::string, const ast::Node*> directives;
  int line = 0;

  bool is_generator = false;
  bool is_coroutine = false;       // async def (or a comprehension using await)
  bool has_varargs = false;
  bool has_varkw = false;
  bool needs_class_cell = false;   // class: a method uses super() or __class__
  bool has_walrus = false;         // a walrus stores into this scope's registers
  bool has_annotations = false;    // module/class: an annotated assignment (SETUP_ANNOTATIONS)
  bool is_nested = false;          // inside a function-like scope
  // For comprehensions: the AST node kind (ListComp, SetComp, DictComp, GeneratorExp).
  ast::NodeKind comp_kind = ast::NodeKind::ListComp;

  bool is_function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
  const Symbol* find(std::string_view name) const {
    auto it = symbols.find(std::string(name));
    return it == symbols.end() ? nullptr : &it->second;
  }
  // CPython's private-name mangling: `__x` inside class C is `_C__x`.
  std::string mangle(std::string_view name) const;
};

// A compile-time error found by analysis or codegen (first one wins).
struct CompileError {
  std::string msg;
  int line = 0, col = 0, end_line = 0, end_col = 0;  // col 0-based, as the AST
  bool set = false;
};

class SymbolTable {
 public:
  // Walks the module and resolves every scope. False with `err` filled on
  // a SyntaxError ("nonlocal declaration not allowed at module level", ...).
  bool build(const ast::Module* mod, CompileError& err);
  Scope* scope_for(const ast::Node* n) const {
    auto it = by_node_.find(n);
    return it == by_node_.end() ? nullptr : it->second;
  }
  Scope* module_scope() const { return root_; }

 private:
  friend class SymtableBuilder;
  Scope* new_scope(ScopeKind kind, std::string name, const ast::Node* node, Scope* parent);

  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  Scope* root_ = nullptr;
};

// Pass 1 (symtable_walk.cpp): creates the scopes and records name uses.
bool walk_scopes(SymbolTable& t, const ast::Module* mod, CompileError& err);

// True for CPython's "looks like an identifier" check used when deciding
// whether a string constant is interned.
bool is_identifier_like(std::string_view s);

}  // namespace tr::compiler
