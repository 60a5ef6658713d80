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
