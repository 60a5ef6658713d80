"""Symbol tables of Python source (the module under `symtable`): `symtable(code, filename,
compile_type)` gives the module's `symtable entry`, whose `children` are the entries of
the scopes nested in it. The tables come from Krait's compiler through
`_krait_symtable`; each scope's entry is made once, so a scope reached twice is the same
object."""

from _krait_symtable import (
    USE, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, DEF_FREE, DEF_FREE_CLASS,
    DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF, SCOPE_MASK, LOCAL, GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT, FREE, CELL, TYPE_FUNCTION, TYPE_CLASS, TYPE_MODULE)
import _krait_symtable


class _Entry:
    __slots__ = ("type", "id", "name", "lineno", "nested", "symbols", "varnames",
                 "children")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'symtable entry' instances")

    def __repr__(self):
        return f"<symtable entry {self.name}({self.id}), line {self.lineno}>"


_Entry.__name__ = _Entry.__qualname__ = "symtable entry"
_Entry.__module__ = "builtins"


def symtable(*args):
    """Return symbol and scope dictionaries used internally by compiler."""
    if len(args) != 3:
        raise TypeError(f"symtable expected 3 arguments, got {len(args)}")
    code, filename, compile_type = args
    if isinstance(filename, (bytearray, memoryview)):
        import warnings
        warnings.warn("path should be string, bytes, or os.PathLike, not "
                      f"{type(filename).__name__}", DeprecationWarning, stacklevel=2)
        filename = bytes(filename)
    rows = _krait_symtable.symtable(code, filename, compile_type)
    entries = []
    for row in rows:
        entry = object.__new__(_Entry)
        (entry.type, entry.id, entry.name, entry.lineno, entry.nested, entry.symbols,
         entry.varnames, _) = row
        entries.append(entry)
    for entry, row in zip(entries, rows):
        entry.children = [entries[i] for i in row[7]]
    return entries[0]
