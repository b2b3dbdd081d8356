# importlib: import_module (absolute, relative, dotted), reload re-running the
# body in the same module object, util.find_spec / module_from_spec.
import importlib
import importlib.util
import sys

m = importlib.import_module("_reload_target")
print(m.double(4), m is sys.modules["_reload_target"])
m.extra = "kept"
again = importlib.reload(m)
print(again is m, m.runs, m.extra)
sub = importlib.import_module("_helperpkg.sub")
print(sub.VALUE, importlib.import_module(".sub", "_helperpkg") is sub)
print("_helperpkg" in sys.modules, importlib.import_module("math").sqrt(16))
for bad in (lambda: importlib.import_module("_does_not_exist"), lambda: importlib.import_module(".x")):
    try:
        bad()
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
spec = importlib.util.find_spec("_helperpkg.sub")
print(spec.name, spec.origin.endswith("sub.py"), importlib.util.find_spec("_nope_nope"), importlib.util.find_spec("_helperpkg").submodule_search_locations is not None)
spec = importlib.util.spec_from_file_location("loose_mod", "_reload_target.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.double(21), "loose_mod" in sys.modules)
print(importlib.util.resolve_name(".sub", "_helperpkg"))
