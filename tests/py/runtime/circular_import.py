# A circular import failing inside a package names the partially
# initialised module, as CPython does; the failed modules leave sys.modules.
import os
import sys

try:
    import _circular
except ImportError as e:
    here = os.path.dirname(os.path.abspath(__file__))
    print(str(e).replace(here, "HERE"))
    print(e.name)
print("_circular" in sys.modules, "_circular.first" in sys.modules)
