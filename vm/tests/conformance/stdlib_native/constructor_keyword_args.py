# Builtin constructors that take no keyword arguments reject them, unless a subclass's
# own __init__ or __new__ takes them.
class L(list): pass
class T(tuple): pass
class F(float): pass
class S(set): pass
class LI(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.n = newarg
class LN(list):
    def __new__(cls, seq, newarg=None):
        s = super().__new__(cls, seq)
        s.n = newarg
        return s
class TI(tuple):
    def __init__(self, arg, newarg=None):
        self.n = newarg
class TN(tuple):
    def __new__(cls, arg, newarg=None):
        s = super().__new__(cls, arg)
        s.n = newarg
        return s
class SI(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.n = newarg

cases = [
    ("bool(x=10)", lambda: bool(x=10)),
    ("list(sequence=[])", lambda: list(sequence=[])),
    ("list.__init__([], sequence=1)", lambda: list.__init__([], sequence=1)),
    ("L(sequence=[])", lambda: L(sequence=[])),
    ("tuple(sequence=[])", lambda: tuple(sequence=[])),
    ("T(sequence=[])", lambda: T(sequence=[])),
    ("tuple.__new__(tuple, x=1)", lambda: tuple.__new__(tuple, x=1)),
    ("float(x=1)", lambda: float(x=1)),
    ("F(x=1)", lambda: F(x=1)),
    ("set(x=1)", lambda: set(x=1)),
    ("frozenset(x=1)", lambda: frozenset(x=1)),
    ("int(base=10)", lambda: int(base=10)),
    ("int('1', x=1)", lambda: int('1', x=1)),
    ("int(x='1')", lambda: int(x='1')),
    ("int('11', base=2)", lambda: int('11', base=2)),
    ("int('11', 2)", lambda: int('11', 2)),
    ("LI([1], newarg=3)", lambda: (LI([1], newarg=3), LI([1], newarg=3).n)),
    ("LN([1], newarg=3)", lambda: (LN([1], newarg=3), LN([1], newarg=3).n)),
    ("TI([1], newarg=3)", lambda: (TI([1], newarg=3), TI([1], newarg=3).n)),
    ("TN([1], newarg=3)", lambda: (TN([1], newarg=3), TN([1], newarg=3).n)),
    ("SI([1], newarg=3)", lambda: (SI([1], newarg=3), SI([1], newarg=3).n)),
]
for text, f in cases:
    try:
        print(text, "->", f())
    except TypeError as e:
        print(text, "->", type(e).__name__, e)

# set.__init__ fills the set (again), as in CPython.
s = {1, 2}
s.__init__([3])
print(sorted(s))
s.__init__()
print(s)
for f in (lambda: set([1], [2]), lambda: set.__init__(s, [1], [2]), lambda: SI([1], 2, 3)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(set(x * 2 for x in range(3))), sorted(frozenset(range(3))), S([1]))
