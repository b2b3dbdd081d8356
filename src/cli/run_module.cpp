// -m: the module search of the import system (packages before plain
// modules in each folder of sys.path, or of the parent package's __path__),
// except that the module found is run as __main__ instead of imported. The
// parent package is imported first, so its __init__ runs, as in python3.
#include "cli/run_module.h"

#include "builtins/builtins_vm.h"
#include "cli/exit_status.h"
#include "cli/main_module.h"
#include "modules/modules.h"

namespace tr::cli {
namespace {

bool ends_with(const std::string& s, const char* suffix) {
  std::string_view v(suffix);
  return s.size() >= v.size() && s.compare(s.size() - v.size(), v.size(), v) == 0;
}

// What one name resolves to in a list of folders.
struct Found {
  enum Kind { None, Package, File } kind = None;
  std::string path;  // the package folder or the source file
};

Found find_in(Value folders, const std::string& last) {
  Found found;
  List* list = !folders.is_null() && is_list(folders) ? folders.as<List>() : nullptr;
  for (size_t i = 0; list && i < list->size_; ++i) {
    Value dir = list->items_[i];
    if (!is_str(dir)) continue;
    std::string_view folder = dir.as<Str>()->view();
    std::string base(folder.empty() ? std::string_view(".") : folder);
    std::string pkg = base + "/" + last;
    if (path_is_dir(pkg) &&
        (path_is_file(pkg + "/__init__.py") || path_is_file(pkg + "/__init__.tr")))
      return {Found::Package, pkg};
    for (const char* ext : {".py", ".tr"}) {
      if (path_is_file(pkg + ext)) return {Found::File, pkg + ext};
    }
  }
  return found;
}

int fail(const std::string& executable, const std::string& message) {
  write_stderr(executable + ": " + message + "\n");
  return 1;
}

// An ImportError while importing the parent package is reported in one
// line, like runpy; anything else gets its traceback.
int report_parent_error(const std::string& executable, const std::string& name) {
  if (!error_matches(&exc::ImportError)) return report_uncaught();
  Value e = error_fetch();
  Value text = str(e);
  std::string detail = text.is_null() ? "" : std::string(text.as<Str>()->view());
  error_clear();
  return fail(executable, "Error while finding module specification for '" + name + "' (" +
                              type_name_of(e) + ": " + detail + ")");
}

void set_argv0(const std::string& path) {
  Value sys = dict_get_str(modules::sys_modules(), str_intern("sys"));
  Value argv = sys.is_null() ? Value::null() : getattr_opt(sys, str_intern("argv"));
  if (!argv.is_null() && is_list(argv) && argv.as<List>()->size_ > 0)
    (void)setitem(argv, int_from_i64(0), str_value(path));
  error_clear();
}

int run_file(const std::string& path, const std::string& package, bool hausa, Module** main_out) {
  std::string text;
  (void)read_whole_file(path, &text);  // found just before: read as it stands
  set_argv0(path);
  Module* m = new_main_module(&path, str_value(package));
  *main_out = m;
  Value r = run_in_module(text, path, m, syntax::ParseMode::File,
                          compile_options(hausa || ends_with(path, ".tr"), false));
  return r.is_null() ? report_uncaught() : 0;
}

}  // namespace

int run_module_as_main(const std::string& name, const std::string& executable, bool hausa,
                       Module** main_out) {
  *main_out = nullptr;
  if (!name.empty() && name[0] == '.') return fail(executable, "Relative module names not supported");
  size_t dot = name.rfind('.');
  std::string parent = dot == std::string::npos ? "" : name.substr(0, dot);
  std::string last = name.substr(dot == std::string::npos ? 0 : dot + 1);
  Value folders = Value::object(modules::sys_path());
  if (!parent.empty()) {
    Value pkg = import_absolute(str_intern(parent));
    if (pkg.is_null()) return report_parent_error(executable, name);
    folders = getattr_opt(pkg, names::dunder_path);
    if (folders.is_null()) {
      error_clear();
      return fail(executable, "Error while finding module specification for '" + name +
                                  "' (ModuleNotFoundError: __path__ attribute not found on '" +
                                  parent + "' while trying to find '" + name + "')");
    }
  }
  Found found = last.empty() ? Found{} : find_in(folders, last);
  if (found.kind == Found::None) return fail(executable, "No module named " + name);
  if (found.kind == Found::File) return run_file(found.path, parent, hausa, main_out);
  // A package: import it (its __init__ runs), then run its __main__.
  Value package = import_absolute(str_intern(name));
  if (package.is_null()) return report_parent_error(executable, name);
  Found entry = find_in(getattr_opt(package, names::dunder_path), "__main__");
  error_clear();
  if (entry.kind != Found::File) {
    return fail(executable, "No module named " + name + ".__main__; '" + name +
                                "' is a package and cannot be directly executed");
  }
  return run_file(entry.path, name, hausa, main_out);
}

}  // namespace tr::cli
