# object.__reduce_ex__ / __reduce__ without a class-defined __reduce__: copyreg's
# reduction below protocol 2, copyreg.__newobj__ (or __newobj_ex__) from 2 on.
import copyreg


class Plain:
    pass


p = Plain()
for proto in range(6):
    rv = p.__reduce_ex__(proto)
    print(proto, rv[0].__name__, rv[1], rv[2:])
p.x = 1
print(p.__reduce_ex__(2)[2], p.__reduce_ex__(0)[2:])
print(p.__reduce__()[0] is copyreg._reconstructor, p.__reduce__()[1:])
print(object().__reduce__()[1], object().__reduce_ex__(2)[1])


class WithArgs:
    def __getnewargs__(self):
        return (1, "a")


rv = WithArgs().__reduce_ex__(2)
print(rv[0] is copyreg.__newobj__, rv[1][1:], rv[2:])


class WithKw:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


rv = WithKw().__reduce_ex__(4)
print(rv[0] is copyreg.__newobj_ex__, rv[1][1:])


class EmptyKw:
    def __getnewargs_ex__(self):
        return ((1,), {})


print(EmptyKw().__reduce_ex__(2)[0] is copyreg.__newobj__)

bad = [
    ("args", lambda self: "bad args", "__getnewargs__"),
    ("not tuple", lambda self: "x", "__getnewargs_ex__"),
    ("short", lambda self: (), "__getnewargs_ex__"),
    ("args not tuple", lambda self: ("a", {}), "__getnewargs_ex__"),
    ("kwargs not dict", lambda self: ((), "b"), "__getnewargs_ex__"),
]
for label, f, name in bad:
    cls = type("Bad", (), {name: f})
    try:
        cls().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class State:
    def __getstate__(self):
        return "custom"


print(State().__reduce_ex__(2)[2], State().__reduce_ex__(1)[2])


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = 1
print(s.__reduce_ex__(2)[2])
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print(type(e).__name__, e)


class L(list):
    pass


rv = L([1, 2]).__reduce_ex__(2)
print(rv[1][0].__name__, rv[2], list(rv[3]), rv[4])


class D(dict):
    pass


rv = D(a=1).__reduce_ex__(3)
print(rv[3], dict(rv[4]))


class I(int):
    pass


print(I(5).__reduce_ex__(2)[1][1:], I(5).__reduce_ex__(0)[1][1:])
print((5).__getnewargs__(), (1.5).__getnewargs__(), (1, 2).__getnewargs__())
for v in (1, "s", len):
    try:
        v.__reduce_ex__(1)
    except TypeError as e:
        print(type(e).__name__, e)


class Picky:
    def __getstate__(self):
        return {}

    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None


print(Picky().__reduce_ex__(2)[1:])


class Own:
    def __reduce__(self):
        return (Own, ())


print(Own().__reduce_ex__(2) == (Own, ()))
