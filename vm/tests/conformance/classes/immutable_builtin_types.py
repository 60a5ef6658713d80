# Builtin types refuse attribute assignment and deletion, also through object's own
# __setattr__/__delattr__ (Carlo Verre's hack).
for action in ("set", "del", "oset", "odel"):
    try:
        if action == "set":
            str.foo = 1
        elif action == "del":
            del str.lower
        elif action == "oset":
            object.__setattr__(str, "foo", 42)
        else:
            object.__delattr__(str, "lower")
    except TypeError as e:
        print(action, type(e).__name__, e)
print(str.lower("ABC"))


class C:
    pass


try:
    object.__setattr__(C, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)


class M(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class D(metaclass=M):
    pass


try:
    D.test = True
except TypeError as e:
    print(type(e).__name__, e)


class N(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)


class E(metaclass=N):
    pass


E.test = True
print(E.test)
del C
try:
    del int.__add__
except TypeError as e:
    print(type(e).__name__, e)
