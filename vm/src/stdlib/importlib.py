"""The part of importlib Krait provides: import_module on top of __import__, and reload."""

import sys
from _imp import reload

__all__ = ["import_module", "reload"]


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

_submodule(
    "machinery",
    "The file suffixes the import system recognises.",
    SOURCE_SUFFIXES=SOURCE_SUFFIXES,
    BYTECODE_SUFFIXES=BYTECODE_SUFFIXES,
    DEBUG_BYTECODE_SUFFIXES=BYTECODE_SUFFIXES,
    OPTIMIZED_BYTECODE_SUFFIXES=BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES=EXTENSION_SUFFIXES,
    all_suffixes=_all_suffixes,
)
del SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES
