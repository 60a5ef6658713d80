# Cell objects: types.CellType construction, cell_contents read/write/delete (seen by the
# closure), and comparisons by contents.
import types


def outer():
    a = 12

    def f():
        return a

    return f


f = outer()
c = f.__closure__[0]
print(c.cell_contents, f())
c.cell_contents = 9
print(c.cell_contents, f())
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
new = types.CellType(1)
print(new.cell_contents, type(new).__name__)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
for args in ((1, 2),):
    try:
        types.CellType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
C = types.CellType
print(C(2) < C(3), C() < C("saturday"), C() == C(), C(-36) == C(-36.0), C(True) > C())
print(C(1) != C(2), C() != C(), C(2) >= C(2), C(3) <= C(1), C([1]) == C([1]))
try:
    C(1) < C("a")
except TypeError as e:
    print(type(e).__name__, e)
print(C(1) == 1, C() == None)
