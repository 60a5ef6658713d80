# _symtable: each name's flags and how it resolves, decoded with the module's constants.
import _symtable as s

SOURCE = '''\
import os
from sys import path as p
g: int = 1
def outer(a):
    global gg
    b = a
    def inner():
        nonlocal b
        b = 2
        return os, gg, undefined
    return inner
class K:
    attr = 1
    def method(self):
        return attr
'''

FLAGS = [("USE", s.USE), ("DEF_GLOBAL", s.DEF_GLOBAL), ("DEF_LOCAL", s.DEF_LOCAL),
         ("DEF_PARAM", s.DEF_PARAM), ("DEF_NONLOCAL", s.DEF_NONLOCAL),
         ("DEF_IMPORT", s.DEF_IMPORT), ("DEF_ANNOT", s.DEF_ANNOT)]
SCOPES = {s.LOCAL: "LOCAL", s.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
          s.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", s.FREE: "FREE", s.CELL: "CELL"}

def show(entry, depth=0):
    print("  " * depth + entry.name)
    for name, flags in sorted(entry.symbols.items()):
        names = [n for n, bit in FLAGS if flags & bit]
        scope = (flags >> s.SCOPE_OFF) & s.SCOPE_MASK
        print("  " * depth + "  " + name, flags, SCOPES[scope], names)
    for child in entry.children:
        show(child, depth + 1)

show(s.symtable(SOURCE, "<src>", "exec"))
print(s.DEF_BOUND == s.DEF_LOCAL | s.DEF_PARAM | s.DEF_IMPORT, s.SCOPE_OFF, s.SCOPE_MASK)
