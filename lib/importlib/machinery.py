# importlib.machinery: ModuleSpec and the loaders that util.find_spec hands
# out (source files and built-in modules), plus the suffix constants.

import sys as _sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None and origin not in ('built-in', 'frozen')

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%s'
                        % (self.submodule_search_locations,))
        return 'ModuleSpec(%s)' % ', '.join(args)

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations)


class BuiltinImporter:
    """Loader of the modules compiled into the interpreter."""

    @classmethod
    def create_module(cls, spec):
        __import__(spec.name)
        return _sys.modules[spec.name]

    @classmethod
    def exec_module(cls, module):
        pass


class SourceFileLoader:
    """Loads a module by running a .py file in its namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __repr__(self):
        return '<SourceFileLoader name=%r path=%r>' % (self.name, self.path)

    def __eq__(self, other):
        return (type(self) is type(other) and self.name == other.name
                and self.path == other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def create_module(self, spec):
        return None

    def get_filename(self, fullname=None):
        return self.path

    def get_source(self, fullname=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def is_package(self, fullname=None):
        return self.path.rpartition('/')[2] == '__init__.py'

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        from importlib.util import spec_from_file_location, module_from_spec
        spec = spec_from_file_location(fullname or self.name, self.path)
        module = module_from_spec(spec)
        _sys.modules[spec.name] = module
        self.exec_module(module)
        return module


SourceLoader = SourceFileLoader
