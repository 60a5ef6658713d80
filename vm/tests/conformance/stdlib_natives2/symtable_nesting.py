# _symtable: closures, class bodies, comprehensions and nonlocal, resolved per scope.
import _symtable as s

SOURCE = '''\
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
class Shape:
    sides = 0
    names = [n for n in range(sides)]
    def area(self):
        return super().area()
def gen(xs):
    yield from (x * k for x in xs for k in range(2))
'''

RES = {s.LOCAL: "local", s.GLOBAL_EXPLICIT: "global", s.GLOBAL_IMPLICIT: "implicit",
       s.FREE: "free", s.CELL: "cell"}

def show(e, depth=0):
    names = ", ".join(f"{n}={RES[(f >> s.SCOPE_OFF) & s.SCOPE_MASK]}"
                      for n, f in sorted(e.symbols.items()))
    print("  " * depth + f"{e.name} [{names}]")
    for c in e.children:
        show(c, depth + 1)

show(s.symtable(SOURCE, "<nest>", "exec"))
