# LOAD_NAME (module and class bodies, exec with a locals dict) finds a name through a
# key that is not a str but equals it, in locals, globals and builtins.
import builtins


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name


loc = {Key("a"): 1}
glob = {"__builtins__": builtins, Key("b"): 2}
exec("print(a, b)", glob, loc)
exec("class C:\n    x = b\nprint(C.x)", glob, loc)
exec("import sys\nprint(sys.__name__)", glob, loc)

# A str subclass key counts too (it is a str, equal by text).
class S(str):
    pass


glob2 = {"__builtins__": builtins, S("c"): 3}
exec("print(c)", glob2)


# A key that equals nothing is not found.
class Never:
    def __hash__(self):
        return hash("d")

    def __eq__(self, other):
        return False


try:
    exec("print(d)", {"__builtins__": builtins, Never(): 4})
except NameError as e:
    print(type(e).__name__, e)
