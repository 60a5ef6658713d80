# _symtable: the scopes of a module, their kinds, lines, nesting and parameters.
import _symtable as s

SOURCE = '''\
x = 1
@dec
def f(a, /, b, *c, d=2, **e):
    l = [i for i in a]
    g = (j for j in b)
    return lambda: a + x
class C:
    def m(self):
        return __class__
    async def am(self):
        pass
'''

def walk(entry, depth=0):
    kind = {s.TYPE_FUNCTION: "function", s.TYPE_CLASS: "class", s.TYPE_MODULE: "module"}
    print("  " * depth, kind[entry.type], entry.name, entry.lineno, entry.nested,
          entry.varnames, type(entry.id).__name__)
    for child in entry.children:
        walk(child, depth + 1)

top = s.symtable(SOURCE, "<src>", "exec")
walk(top)
print(type(top).__name__)
print(top.children[0] is top.children[0])
ids = set()
def collect(e):
    ids.add(e.id)
    for c in e.children:
        collect(c)
collect(top)
print(len(ids))
