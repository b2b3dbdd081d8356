# importlib: the import system from Python code — import_module (absolute or
# relative names), reload (re-run a module's source in the same module
# object) and invalidate_caches. The finders and specs are in util/machinery.

import sys as _sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '%s.%s' % (base, name) if name else base


def import_module(name, package=None):
    """Import a module by name and return it; a name starting with dots is
    relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for %r" % (name,))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if name in _sys.modules:
        module = _sys.modules[name]
        if module is None:
            raise ModuleNotFoundError('import of %s halted; None in sys.modules'
                                      % name, name=name)
        return module
    __import__(name)
    return _sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports here; kept for compatibility."""


def reload(module):
    """Run the module's source again in the same module object and return it."""
    if type(module).__name__ != 'module':
        raise TypeError('reload() argument must be a module')
    name = getattr(module, '__name__', None)
    if name is None or _sys.modules.get(name) is not module:
        raise ImportError('module %s not in sys.modules' % (name,), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        # built-in modules have no source to run again
        return module
    if '.' in name:
        parent = name.rpartition('.')[0]
        if parent not in _sys.modules:
            raise ImportError('parent %r not in sys.modules' % (parent,), name=parent)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    exec(code, module.__dict__)
    return _sys.modules[name]
