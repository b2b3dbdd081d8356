// The import system: sys.modules, the search path (script folder, the
// project's lib/, TAURARO_PATH), packages and relative imports, native
// modules, and running a source file as a module.
#include <climits>
#include <unistd.h>
#include <sys/stat.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "builtins/builtins_vm.h"
#include "compiler/compiler.h"
#include "vm/import_hook.h"
#include "vm/vm.h"

namespace tr {
namespace {

Dict* g_modules = nullptr;
List* g_path = nullptr;

std::map<std::string, NativeModuleInit>& native_registry() {
  static std::map<std::string, NativeModuleInit> r;
  return r;
}

void scan_import_roots(Tracer& t, void*) {
  t.visit(g_modules);
  t.visit(g_path);
}

Value module_not_found(std::string_view name) {
  std::string n(name);
  raise(&exc::ModuleNotFoundError, "No module named '%s'", n.c_str());
  Value e = error_fetch();
  (void)setattr(e, names::name, str_value(n));
  error_clear();
  error_restore(e);
  return Value::null();
}

// Executes a module's code in its dict; on failure the module leaves
// sys.modules again.
Value exec_module(Module* m, const std::string& path, const std::string& source) {
  Value mv = Value::object(m);
  compiler::Options opts;
  // A .tr module is written with Hausa keywords; .py modules stay pure Python.
  opts.parse.hausa_keywords = path.size() > 3 && path.compare(path.size() - 3, 3, ".tr") == 0;
  bytecode::Code* code = compiler::compile_source(source, path, syntax::ParseMode::File, opts);
  if (!code) {
    (void)dict_del(g_modules, Value::object(m->name_));
    return Value::null();
  }
  vm::import_begin_initializing(mv);
  Value r = vm::run_code(code, m->dict_, nullptr);
  vm::import_end_initializing(mv);
  if (r.is_null()) {
    int d = dict_del(g_modules, Value::object(m->name_));
    (void)d;
    return r;
  }
  return mv;
}

Module* new_module(Str* name, const std::string* file) {
  Module* m = module_new(name);
  (void)dict_set_str(m->dict_, names::dunder_builtins, Value::object(vm::default_builtins()));
  if (file) (void)dict_set_str(m->dict_, names::dunder_file, str_value(*file));
  (void)dict_set_str(m->dict_, names::dunder_loader, Value::none());
  (void)dict_set_str(m->dict_, names::dunder_spec, Value::none());
  return m;
}

// Loads one module whose parent (if any) is already imported.
Value load_module(Str* fullname, Value parent) {
  std::string full(fullname->view());
  auto nat = native_registry().find(full);
  if (nat != native_registry().end()) {
    Module* m = new_module(fullname, nullptr);
    (void)dict_set_str(m->dict_, names::dunder_package, Value::object(str_empty()));
    if (failed(dict_set_str(g_modules, fullname, Value::object(m)))) return Value::null();
    if (failed(nat->second(m))) {
      (void)dict_del(g_modules, Value::object(fullname));
      return Value::null();
    }
    return Value::object(m);
  }
  std::string last = full.substr(full.rfind('.') == std::string::npos ? 0 : full.rfind('.') + 1);
  // Search path: the parent's __path__ for submodules, else sys.path.
  Value search;
  if (!parent.is_null()) {
    search = getattr_opt(parent, names::dunder_path);
    if (search.is_null()) {
      if (error_pending()) return search;
      return module_not_found(full);  // parent is not a package
    }
  } else {
    search = Value::object(g_path);
  }
  Value it = get_iter(search);
  if (it.is_null()) return it;
  for (;;) {
    Value dir = iter_next(it);
    if (dir.is_null()) return dir;
    if (dir.is_exhausted()) break;
    if (!is_str(dir)) continue;
    std::string base(dir.as<Str>()->view());
    if (base.empty()) {  // '' is the current folder; modules get absolute paths
      char cwd[PATH_MAX];
      base = getcwd(cwd, sizeof cwd) ? std::string(cwd) : std::string(".");
    }
    std::string pkg_dir = base + "/" + last;
    for (const char* init : {"/__init__.py", "/__init__.tr"}) {
      std::string init_path = pkg_dir + init;
      if (!path_is_dir(pkg_dir) || !path_is_file(init_path)) continue;
      std::string source;
      if (!read_whole_file(init_path, &source))
        return raise(&exc::ImportError, "cannot read %s", init_path.c_str());
      Module* m = new_module(fullname, &init_path);
      List* path = list_new(0);
      (void)list_append(path, str_value(pkg_dir));
      (void)dict_set_str(m->dict_, names::dunder_path, Value::object(path));
      (void)dict_set_str(m->dict_, names::dunder_package, Value::object(fullname));
      if (failed(dict_set_str(g_modules, fullname, Value::object(m)))) return Value::null();
      return exec_module(m, init_path, source);
    }
    for (const char* ext : {".py", ".tr"}) {
      std::string file = base + "/" + last + ext;
      if (!path_is_file(file)) continue;
      std::string source;
      if (!read_whole_file(file, &source))
        return raise(&exc::ImportError, "cannot read %s", file.c_str());
      Module* m = new_module(fullname, &file);
      size_t dot = full.rfind('.');
      (void)dict_set_str(m->dict_, names::dunder_package,
                         dot == std::string::npos ? Value::object(str_empty())
                                                  : str_value(full.substr(0, dot)));
      if (failed(dict_set_str(g_modules, fullname, Value::object(m)))) return Value::null();
      return exec_module(m, file, source);
    }
  }
  return module_not_found(full);
}

// Imports every prefix of a dotted name; returns the last module.
Value import_dotted(const std::string& full) {
  Value parent;
  size_t pos = 0;
  for (;;) {
    size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    Str* key = str_intern(prefix);
    Value m = dict_get_str(g_modules, key);
    if (m.is_null()) {
      if (error_pending()) return m;
      m = load_module(key, parent);
      if (m.is_null()) return m;
      if (!parent.is_null()) {
        std::string last = prefix.substr(prefix.rfind('.') + 1);
        if (failed(setattr(parent, str_intern(last), m))) return Value::null();
      }
    } else if (m.is_none()) {
      return module_not_found(prefix);
    }
    if (dot == std::string::npos) return m;
    parent = m;
    pos = dot + 1;
  }
}

// The package a relative import in `globals` is relative to.
bool resolve_package(Dict* globals, int level, std::string* out) {
  Value pkg = dict_get_str(globals, names::dunder_package);
  std::string package;
  if (!pkg.is_null() && is_str(pkg) && pkg.as<Str>()->size_) {
    package = std::string(pkg.as<Str>()->view());
  } else {
    Value name = dict_get_str(globals, names::dunder_name);
    if (name.is_null() || !is_str(name)) {
      raise(&exc::KeyError, "'__name__' not in globals");
      return false;
    }
    package = std::string(name.as<Str>()->view());
    if (dict_get_str(globals, names::dunder_path).is_null()) {
      size_t dot = package.rfind('.');
      package = dot == std::string::npos ? std::string() : package.substr(0, dot);
    }
  }
  if (package.empty()) {
    raise(&exc::ImportError, "attempted relative import with no known parent package");
    return false;
  }
  for (int i = 1; i < level; ++i) {
    size_t dot = package.rfind('.');
    if (dot == std::string::npos) {
      raise(&exc::ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    package = package.substr(0, dot);
  }
  *out = package;
  return true;
}

Value import_hook(Str* name, Dict* globals, Value fromlist, int level) {
  return import_module(name, globals, fromlist, level);
}

Value builtin_import(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"name", "globals", "locals", "fromlist", "level"};
  Value a[5];
  if (!parse_args("__import__", args, nargs, kw, kNames, 5, 1, a)) return Value::null();
  if (!is_str(a[0]))
    return raise(&exc::TypeError, "__import__() argument 1 must be str, not %s",
                 type_name_of(a[0]));
  Dict* g = !a[1].is_null() && is_dict(a[1]) ? a[1].as<Dict>() : nullptr;
  int64_t level = 0;
  if (!a[4].is_null() && !int_to_i64(a[4], &level)) level = 0;
  if (!g) g = dict_new();
  return import_module(str_intern(a[0].as<Str>()), g, a[3].is_null() ? Value::none() : a[3],
                       static_cast<int>(level));
}

Value stdout_hook() { return Value::null(); }

}  // namespace

void register_native_module(const char* name, NativeModuleInit init) {
  native_registry()[name] = init;
}

Value import_module(Str* name, Dict* globals, Value fromlist, int level) {
  std::string full(name->view());
  if (level > 0) {
    std::string package;
    if (!resolve_package(globals, level, &package)) return Value::null();
    full = full.empty() ? package : package + "." + full;
  } else if (full.empty()) {
    return raise(&exc::ValueError, "Empty module name");
  }
  Value m = import_dotted(full);
  if (m.is_null()) return m;
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && truthy(fromlist) > 0;
  if (!has_fromlist) {
    if (level > 0 && name->size_ == 0) return m;
    // `import a.b.c` binds `a`.
    std::string top = level > 0 ? full.substr(0, full.size() - name->size_) +
                                      std::string(name->view()).substr(0, name->view().find('.'))
                                : full.substr(0, full.find('.'));
    Value t = dict_get_str(g_modules, str_intern(top));
    return t.is_null() ? m : t;
  }
  // `from pkg import sub`: import submodules named in the fromlist.
  if (!getattr_opt(m, names::dunder_path).is_null()) {
    Value it = get_iter(fromlist);
    if (it.is_null()) return it;
    for (;;) {
      Value n = iter_next(it);
      if (n.is_null()) return n;
      if (n.is_exhausted()) break;
      if (!is_str(n) || n.as<Str>()->view() == "*") continue;
      Value existing = getattr_opt(m, str_intern(n.as<Str>()));
      if (!existing.is_null()) continue;
      if (error_pending()) return Value::null();
      Value sub = import_dotted(full + "." + std::string(n.as<Str>()->view()));
      if (sub.is_null()) {
        if (error_matches(&exc::ModuleNotFoundError)) {
          error_clear();  // IMPORT_FROM reports "cannot import name"
          continue;
        }
        return sub;
      }
    }
  } else if (error_pending()) {
    return Value::null();
  }
  return m;
}

Value import_absolute(Str* name) { return import_dotted(std::string(name->view())); }

void import_init(Dict* builtins, Dict* sys_modules, List* sys_path) {
  static bool rooted = false;
  if (!rooted) {
    gc::add_root_scanner(scan_import_roots, nullptr);
    rooted = true;
  }
  g_modules = sys_modules;
  g_path = sys_path;
  vm::set_loaded_modules(sys_modules);
  vm::set_import_hook(import_hook);
  add_function(builtins, "__import__", builtin_import);
  (void)stdout_hook;
}

Value run_main_source(std::string_view source, std::string_view filename, bool hausa) {
  Str* name = names::dunder_main;
  std::string file(filename);
  Module* m = new_module(name, &file);
  (void)dict_set_str(m->dict_, names::dunder_package, Value::none());
  if (failed(dict_set_str(g_modules, name, Value::object(m)))) return Value::null();
  compiler::Options opts;
  opts.parse.hausa_keywords = hausa;
  bytecode::Code* code = compiler::compile_source(source, filename, syntax::ParseMode::File, opts);
  if (!code) return Value::null();
  Value r = vm::run_code(code, m->dict_, nullptr);
  if (r.is_null()) return r;
  return Value::object(m);
}

bool path_is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool path_is_dir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_whole_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace tr
