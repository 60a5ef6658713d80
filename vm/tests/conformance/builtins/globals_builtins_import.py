# globals() is the module dict; __import__ returns modules; __build_class__ makes classes.
g = globals()
g["made_here"] = 5
print(made_here, g is globals(), "__name__" in g, g["__name__"])
m = __import__("math")
print(m.sqrt(16), __import__("math") is m)
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)


def body():
    attr = 1

    def meth(self):
        return "meth"


C = __build_class__(body, "C")
print(C.__name__, C.attr, C().meth())


def body2():
    pass


D = __build_class__(body2, "D", C)
print(D.__mro__[1] is C, D().meth())
for call in [lambda: __build_class__(), lambda: __build_class__(5, "X"),
             lambda: __build_class__(body, 5)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(__import__(name="math", fromlist=["sqrt"]).pi > 3, __import__("math", globals(), None, [], 0).e > 2)
for call in [lambda: __import__(""), lambda: __import__("math", level=-1), lambda: __import__(5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
