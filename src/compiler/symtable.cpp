// symtable.cpp — scope analysis (compiler/ pass 2): after symtable_walk.cpp
// recorded how each scope uses each name, a top-down pass resolves every name
// to local / cell / free / global, following CPython's rules.
#include "compiler/symtable.h"

#include <algorithm>
#include <unordered_set>

namespace tr::compiler {

// ---------------------------------------------------------------------------
// Helpers

std::string Scope::mangle(std::string_view name) const {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return std::string(name);
  // Dunder names and dotted (import) names are never mangled.
  if (name.size() >= 4 && name.substr(name.size() - 2) == "__") return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = 0;
  while (i < private_name.size() && private_name[i] == '_') ++i;
  if (i == private_name.size()) return std::string(name);  // class named "___"
  std::string out = "_";
  out += private_name.substr(i);
  out += name;
  return out;
}

bool is_identifier_like(std::string_view s) {
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_';
    if (!ok) return false;
  }
  return true;
}

Scope* SymbolTable::new_scope(ScopeKind kind, std::string name, const ast::Node* node,
                              Scope* parent) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->kind = kind;
  s->name = std::move(name);
  s->node = node;
  s->parent = parent;
  s->line = node ? node->line : 1;
  if (parent) {
    parent->children.push_back(s);
    s->private_name = parent->private_name;
    s->is_nested = parent->is_nested || parent->is_function_like();
  }
  if (node) by_node_[node] = s;
  return s;
}

// ---------------------------------------------------------------------------
// Pass 2: resolve names (top-down bound/global sets, bottom-up free sets)

namespace {

using NameSet = std::unordered_set<std::string>;

class Analyzer {
 public:
  explicit Analyzer(CompileError& err) : err_(err) {}

  bool block(Scope* s, const NameSet* bound, NameSet& global, NameSet& free) {
    NameSet local, newbound, newglobal, newfree;
    if (s->kind == ScopeKind::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (const std::string& name : s->order) {
      if (!name_(s, name, s->symbols[name], bound, local, free, global)) return false;
    }
    if (s->kind != ScopeKind::Class) {
      if (s->is_function_like()) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    for (Scope* c : s->children) {
      NameSet cb = newbound, cg = newglobal, cf;
      if (!block(c, &cb, cg, cf)) return false;
      newfree.insert(cf.begin(), cf.end());
    }
    if (s->is_function_like()) {
      for (const std::string& name : s->order) {
        Symbol& y = s->symbols[name];
        if (y.scope == SymScope::Local && newfree.erase(name)) y.scope = SymScope::Cell;
      }
    } else if (s->kind == ScopeKind::Class) {
      if (newfree.erase("__class__")) s->needs_class_cell = true;
    }
    // Free variables of children that are not resolved here pass through.
    std::vector<std::string> pass(newfree.begin(), newfree.end());
    std::sort(pass.begin(), pass.end());
    for (const std::string& name : pass) {
      auto it = s->symbols.find(name);
      if (it != s->symbols.end()) {
        if (s->kind == ScopeKind::Class && (it->second.flags & (kSymBound | kSymGlobal)))
          it->second.flags |= kSymFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      s->order.push_back(name);
      s->symbols[name].scope = SymScope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
    return true;
  }

 private:
  bool fail(const Scope* s, const std::string& name, std::string msg) {
    if (!err_.set) {
      err_.set = true;
      err_.msg = std::move(msg);
      auto it = s->directives.find(name);
      const ast::Node* n = it != s->directives.end() ? it->second : s->node;
      if (n) {
        err_.line = n->line;
        err_.col = n->col;
        err_.end_line = n->end_line;
        err_.end_col = n->end_col;
      }
    }
    return false;
  }

  bool name_(Scope* s, const std::string& name, Symbol& y, const NameSet* bound, NameSet& local,
             NameSet& free, NameSet& global) {
    if (y.flags & kSymGlobal) {
      if (y.flags & kSymNonlocal) return fail(s, name, "name '" + name + "' is nonlocal and global");
      y.scope = SymScope::GlobalExplicit;
      global.insert(name);
      return true;
    }
    if (y.flags & kSymNonlocal) {
      if (!bound) return fail(s, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name)) return fail(s, name, "no binding for nonlocal '" + name + "' found");
      y.scope = SymScope::Free;
      free.insert(name);
      return true;
    }
    if (y.flags & kSymBound) {
      y.scope = SymScope::Local;
      local.insert(name);
      global.erase(name);
      return true;
    }
    if (bound && bound->count(name)) {
      y.scope = SymScope::Free;
      free.insert(name);
      return true;
    }
    y.scope = SymScope::GlobalImplicit;
    return true;
  }

  CompileError& err_;
};

}  // namespace

bool SymbolTable::build(const ast::Module* mod, CompileError& err) {
  if (!walk_scopes(*this, mod, err)) return false;
  Analyzer a(err);
  NameSet global, free;
  return a.block(root_, nullptr, global, free);
}

}  // namespace tr::compiler
