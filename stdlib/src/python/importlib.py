"""The part of importlib Krait provides: import_module on top of __import__, and reload."""

import sys
from _imp import reload

__all__ = ["import_module", "reload"]

# A package (its submodules are made below and registered in sys.modules), so that
# `import importlib.machinery` and CPython's `import importlib._bootstrap_external` work.
__path__ = []


def _absolute_name(name, package):
    # Count the leading dots: each one climbs a package level from `package`.
    level = len(name) - len(name.lstrip("."))
    if level == 0:
        return name
    if not package:
        raise TypeError(
            f"the 'package' argument is required to perform a relative import for {name!r}"
        )
    parts = package.rsplit(".", level - 1)
    if len(parts) < level:
        raise ImportError("attempted relative import beyond top-level package")
    rest = name[level:]
    return f"{parts[0]}.{rest}" if rest else parts[0]


def import_module(name, package=None):
    """Imports the module `name` (relative to `package` when it starts with dots) and
    returns it, not its top-level package."""
    absolute = _absolute_name(name, package)
    __import__(absolute)
    return sys.modules[absolute]


def _submodule(name, doc, **attrs):
    # Krait's importlib is one module: its submodules are made here and registered in
    # sys.modules, where `import importlib.NAME` finds them.
    module = type(sys)(f"{__name__}.{name}", doc)
    module.__dict__.update(attrs)
    sys.modules[module.__name__] = module
    globals()[name] = module
    return module


def _all_suffixes():
    m = machinery
    return m.SOURCE_SUFFIXES + m.BYTECODE_SUFFIXES + m.EXTENSION_SUFFIXES


SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []

class SourceFileLoader:
    """Loads a module from a `.py` file: the source, compiled and run in the module."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, fullname=None):
        import os
        return os.path.basename(self.path).rpartition(".")[0] == "__init__"

    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(self.name), module.__dict__)

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)


class FileFinder:
    """Finds modules in one folder: `NAME.py`, or a package `NAME/__init__.py`."""

    def __init__(self, path, *loader_details):
        self.path = path or "."
        self._loaders = [(loader, tuple(suffixes)) for loader, suffixes in loader_details] or [
            (SourceFileLoader, (".py",))
        ]

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        import os
        tail = fullname.rpartition(".")[2]
        folder = os.path.join(self.path, tail)
        for loader, suffixes in self._loaders:
            for suffix in suffixes:
                init = os.path.join(folder, "__init__" + suffix)
                if os.path.isdir(folder) and os.path.isfile(init):
                    spec = _spec(fullname, loader(fullname, init), init)
                    spec.submodule_search_locations = [folder]
                    return spec
                file = os.path.join(self.path, tail + suffix)
                if os.path.isfile(file):
                    return _spec(fullname, loader(fullname, file), file)
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f"FileFinder({self.path!r})"


ModuleSpec = type(sys.__spec__)


def _spec(name, loader, origin):
    spec = ModuleSpec.__new__(ModuleSpec)
    spec.name = name
    spec.loader = loader
    spec.origin = origin
    spec.submodule_search_locations = None
    spec.loader_state = None
    spec.cached = None
    spec.has_location = True
    return spec


_submodule(
    "machinery",
    "The file suffixes the import system recognises, and the file loader and finder.",
    SourceFileLoader=SourceFileLoader,
    FileFinder=FileFinder,
    ModuleSpec=ModuleSpec,
    SOURCE_SUFFIXES=SOURCE_SUFFIXES,
    BYTECODE_SUFFIXES=BYTECODE_SUFFIXES,
    DEBUG_BYTECODE_SUFFIXES=BYTECODE_SUFFIXES,
    OPTIMIZED_BYTECODE_SUFFIXES=BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES=EXTENSION_SUFFIXES,
    all_suffixes=_all_suffixes,
)
del SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES


def _resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    return _absolute_name(name, package)


def _cache_from_source(path, debug_override=None, *, optimization=None):
    # Where CPython would cache the bytecode of `path` (Krait writes none there).
    import os
    head, tail = os.path.split(os.fspath(path))
    base, sep, _ = tail.rpartition(".")
    stem = base if sep else tail
    suffix = "" if not optimization else f".opt-{optimization}"
    return os.path.join(head, "__pycache__", f"{stem}.krait-311{suffix}.pyc")


def _source_from_cache(path):
    import os
    head, tail = os.path.split(os.fspath(path))
    folder, pycache = os.path.split(head)
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    return os.path.join(folder, tail.split(".")[0] + ".py")


def _find_spec(name, package=None):
    """The spec of module `name`: from sys.modules if it is loaded, else None unless
    importing it succeeds (Krait has no finder objects to ask without importing)."""
    fullname = _resolve_name(name, package)
    module = sys.modules.get(fullname)
    if module is None:
        try:
            import_module(fullname)
        except ImportError:
            return None
        module = sys.modules.get(fullname)
    spec = getattr(module, "__spec__", None)
    if spec is None and module is not None:
        raise ValueError(f"{fullname}.__spec__ is None")
    return spec


_submodule(
    "util",
    "Helpers about modules: names, specs and cache paths.",
    resolve_name=_resolve_name,
    find_spec=_find_spec,
    cache_from_source=_cache_from_source,
    source_from_cache=_source_from_cache,
    MAGIC_NUMBER=b"\xa7\r\r\n",
)

_submodule(
    "_bootstrap",
    "The parts of CPython's import bootstrap that its library reads.",
    ModuleSpec=ModuleSpec,
    _resolve_name=_resolve_name,
)
_submodule(
    "_bootstrap_external",
    "The parts of CPython's path-based import machinery that its library reads.",
    MAGIC_NUMBER=util.MAGIC_NUMBER,
    cache_from_source=_cache_from_source,
    source_from_cache=_source_from_cache,
    SourceFileLoader=machinery.SourceFileLoader,
    FileFinder=machinery.FileFinder,
    SOURCE_SUFFIXES=machinery.SOURCE_SUFFIXES,
    BYTECODE_SUFFIXES=machinery.BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES=machinery.EXTENSION_SUFFIXES,
)
