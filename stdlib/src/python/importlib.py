"""The part of importlib Krait provides: import_module on top of __import__, reload, and
the submodules machinery, util and abc (specs, file loaders, the loader and finder ABCs)."""

import sys
from _imp import reload

__all__ = ["import_module", "invalidate_caches", "reload"]

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


def invalidate_caches():
    """Clears the finders' caches; Krait's finder keeps none (it looks at the folders on
    every import), so there is nothing to clear."""


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

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, "exec", dont_inherit=True, optimize=_optimize)

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
        # Without loaders of its own, the native search (for `.py` files) answers.
        if loader_details:
            self._loaders = [(loader, tuple(suffixes)) for loader, suffixes in loader_details]

    def invalidate_caches(self):
        pass

    def _find_with_loaders(self, fullname, target=None):
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


import _imp
_BuiltinImporter, _PathFinder, _NativeFileFinder, _NativeSourceFileLoader = _imp._finder_classes


def _graft(native, cls):
    # The import system's own class (what its specs and sys.path_importer_cache hold)
    # gains the methods written above that it lacks, and the name means it from here on.
    for key, value in cls.__dict__.items():
        if key not in ("__dict__", "__weakref__", "__module__", "__qualname__") \
                and key not in native.__dict__:
            setattr(native, key, value)
    return native


SourceFileLoader = _graft(_NativeSourceFileLoader, SourceFileLoader)
FileFinder = _graft(_NativeFileFinder, FileFinder)

_submodule(
    "machinery",
    "The file suffixes the import system recognises, and the file loader and finder.",
    BuiltinImporter=_BuiltinImporter,
    PathFinder=_PathFinder,
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
    """The spec of module `name`: its `__spec__` if it is loaded, else what the finders on
    sys.meta_path say (its parent package is imported first), or None."""
    fullname = _resolve_name(name, package)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{fullname}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{fullname}.__spec__ is None")
        return spec
    parent = fullname.rpartition(".")[0]
    path = None
    if parent:
        parent_module = import_module(parent)
        try:
            path = parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from e
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if find is None:
            continue
        spec = find(fullname, path)
        if spec is not None:
            return spec
    return None


# The default of spec_from_file_location's `submodule_search_locations`: ask the loader.
_ASK_LOADER = object()


def _spec_from_file_location(name, location=None, *, loader=None,
                             submodule_search_locations=_ASK_LOADER):
    """A spec for module `name` loaded from the file `location` (None when no loader
    handles that file's suffix)."""
    import os
    if location is None:
        location = "<unknown>"
        if loader is not None and hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
    if loader is None:
        if not str(location).endswith(tuple(machinery.SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
    spec = _spec(name, loader, location)
    if submodule_search_locations is _ASK_LOADER:
        is_package = getattr(loader, "is_package", None)
        if is_package is not None:
            try:
                if is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def _spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for module `name` made by `loader`, with no file location unless the loader
    names one."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if origin is None and hasattr(loader, "get_filename"):
        if is_package is None:
            return _spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return _spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    spec = _spec(name, loader, origin)
    spec.has_location = False
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec.submodule_search_locations = [] if is_package else None
    return spec


def _module_from_spec(spec):
    """A new module for `spec`: the loader's create_module makes it, or a plain module is
    made when that gives None; its import attributes are set from the spec."""
    module = None
    loader = spec.loader
    if loader is not None and hasattr(loader, "create_module"):
        module = loader.create_module(spec)
    elif loader is not None and hasattr(loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = loader
    if getattr(module, "__package__", None) is None:
        if spec.submodule_search_locations is not None:
            module.__package__ = spec.name
        else:
            module.__package__ = spec.name.rpartition(".")[0]
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


_submodule(
    "util",
    "Helpers about modules: names, specs and cache paths.",
    resolve_name=_resolve_name,
    find_spec=_find_spec,
    spec_from_file_location=_spec_from_file_location,
    spec_from_loader=_spec_from_loader,
    module_from_spec=_module_from_spec,
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


def _make_abc():
    # The abstract loader and finder classes of `importlib.abc`, as CPython 3.11 defines
    # their methods; Krait's own importer does not consult them (it has no meta path).
    from abc import ABC, abstractmethod

    class Loader(ABC):
        """A loader: create_module makes a module for a spec (None asks for a plain one)
        and exec_module runs its code."""

        def create_module(self, spec):
            return None

        def load_module(self, fullname):
            if not hasattr(self, "exec_module"):
                raise ImportError
            spec = _spec_from_loader(fullname, self)
            module = sys.modules.get(fullname)
            if module is None:
                module = _module_from_spec(spec)
                sys.modules[fullname] = module
            try:
                self.exec_module(module)
            except BaseException:
                sys.modules.pop(fullname, None)
                raise
            return sys.modules[fullname]

        def module_repr(self, module):
            raise NotImplementedError

    class Finder(ABC):
        """The old common base of finders."""

        @abstractmethod
        def find_module(self, fullname, path=None):
            raise NotImplementedError

    class MetaPathFinder(ABC):
        """A finder for sys.meta_path: find_spec(fullname, path, target=None)."""

        def find_module(self, fullname, path):
            if not hasattr(self, "find_spec"):
                return None
            found = self.find_spec(fullname, path)
            return found.loader if found is not None else None

        def invalidate_caches(self):
            pass

    class PathEntryFinder(ABC):
        """A finder for one sys.path entry: find_spec(fullname, target=None)."""

        def find_loader(self, fullname):
            if not hasattr(self, "find_spec"):
                return None, []
            found = self.find_spec(fullname)
            if found is None:
                return None, []
            return found.loader, found.submodule_search_locations or []

        def find_module(self, fullname):
            loader, _portions = self.find_loader(fullname)
            return loader

        def invalidate_caches(self):
            pass

    class ResourceLoader(Loader):
        """A loader that reads data files: get_data(path) gives their bytes."""

        @abstractmethod
        def get_data(self, path):
            raise OSError

    class InspectLoader(Loader):
        """A loader that can give a module's source and code without running it."""

        def is_package(self, fullname):
            raise ImportError

        def get_code(self, fullname):
            source = self.get_source(fullname)
            if source is None:
                return None
            return self.source_to_code(source)

        @abstractmethod
        def get_source(self, fullname):
            raise ImportError

        @staticmethod
        def source_to_code(data, path="<string>"):
            return compile(data, path, "exec", dont_inherit=True)

        def exec_module(self, module):
            code = self.get_code(module.__name__)
            if code is None:
                raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
            exec(code, module.__dict__)

    class ExecutionLoader(InspectLoader):
        """An InspectLoader that also knows the file a module comes from."""

        @abstractmethod
        def get_filename(self, fullname):
            raise ImportError

        def get_code(self, fullname):
            source = self.get_source(fullname)
            if source is None:
                return None
            try:
                path = self.get_filename(fullname)
            except ImportError:
                return self.source_to_code(source)
            return self.source_to_code(source, path)

    class FileLoader(ResourceLoader, ExecutionLoader):
        """A loader for one file, given its module name and path."""

        # The same file access as the concrete loader's.
        __init__ = SourceFileLoader.__init__
        get_filename = SourceFileLoader.get_filename
        get_data = SourceFileLoader.get_data

    class SourceLoader(ResourceLoader, ExecutionLoader):
        """A loader of Python source from get_data(get_filename(name))."""

        def path_mtime(self, path):
            raise OSError

        def path_stats(self, path):
            return {"mtime": self.path_mtime(path)}

        def set_data(self, path, data):
            pass

        def get_source(self, fullname):
            return self.get_data(self.get_filename(fullname)).decode("utf-8")

    ExecutionLoader.register(SourceFileLoader)
    FileLoader.register(SourceFileLoader)
    PathEntryFinder.register(FileFinder)
    classes = (Loader, Finder, MetaPathFinder, PathEntryFinder, ResourceLoader,
               InspectLoader, ExecutionLoader, FileLoader, SourceLoader)
    for cls in classes:
        cls.__module__ = f"{__name__}.abc"
        cls.__qualname__ = cls.__name__
    return {cls.__name__: cls for cls in classes}


_submodule(
    "abc",
    "Abstract base classes of the import system's loaders and finders.",
    **_make_abc(),
)
