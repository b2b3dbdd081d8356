# importlib.util: find_spec (where would this module come from?),
# module_from_spec, spec_from_file_location, resolve_name.

import sys as _sys
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter
from importlib import _resolve_name

__all__ = ['find_spec', 'module_from_spec', 'resolve_name',
           'spec_from_file_location', 'spec_from_loader']


def resolve_name(name, package):
    """An absolute module name for a possibly relative one."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for %r (required for relative '
                          'module names)' % (name,))
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _join(folder, name):
    return name if not folder else folder.rstrip('/') + '/' + name


def _is_file(path):
    try:
        with open(path, 'rb'):
            return True
    except OSError:
        return False


def _search(name, paths):
    leaf = name.rpartition('.')[2]
    for folder in paths:
        init = _join(_join(folder, leaf), '__init__.py')
        if _is_file(init):
            spec = spec_from_file_location(name, init, is_package=True)
            spec.submodule_search_locations = [_join(folder, leaf)]
            return spec
        source = _join(folder, leaf + '.py')
        if _is_file(source):
            return spec_from_file_location(name, source)
    return None


def _spec_of_loaded(module, name):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    path = getattr(module, '__file__', None)
    if path is None:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    spec = spec_from_file_location(name, path, is_package=hasattr(module, '__path__'))
    if hasattr(module, '__path__'):
        spec.submodule_search_locations = list(module.__path__)
    return spec


def find_spec(name, package=None):
    """The spec of the module name would import, or None if there is none.
    For a submodule the parent package is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in _sys.modules:
        module = _sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module, fullname)
    if fullname in _sys.builtin_module_names:
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    parent = fullname.rpartition('.')[0]
    if parent:
        __import__(parent)
        parent_module = _sys.modules[parent]
        paths = getattr(parent_module, '__path__', None)
        if paths is None:
            raise ModuleNotFoundError('__path__ attribute not found on %r while '
                                      'trying to find %r' % (parent, fullname),
                                      name=fullname)
        return _search(fullname, paths)
    return _search(fullname, _sys.path)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None, is_package=None):
    """A spec for the module in a given file."""
    if location is None:
        return None
    if loader is None:
        loader = SourceFileLoader(name, location)
    if is_package is None:
        is_package = location.rpartition('/')[2] == '__init__.py'
    spec = ModuleSpec(name, loader, origin=location, is_package=is_package)
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif is_package:
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new, empty module object for spec (run spec.loader.exec_module to fill it)."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    if module is None:
        module = type(_sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module
