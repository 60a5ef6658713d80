# repr(), str() and ascii() give back a str subclass that __repr__ / __str__ returned.
class S(str):
    pass

class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v

class WithStr:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return self.v

for v in [S("<abc>"), "<abc>", S("<\u20ac>")]:
    o = WithRepr(v)
    print(type(repr(o)).__name__, type(str(o)).__name__, type(ascii(o)).__name__, ascii(o))
print(type(str(WithStr(S("abc")))).__name__, str(WithStr(S("abc"))))
print(type(str(S("x"))).__name__, type(S("x").__str__()).__name__, type("x".__str__()).__name__)
print(type(f"{WithRepr(S('a'))!r}").__name__)
for bad in [WithRepr(1), WithStr(None)]:
    try:
        str(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    repr(WithRepr(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
