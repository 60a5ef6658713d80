# id() is stable and distinct for live objects; callable() of many kinds.
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)


class C:
    def __call__(self):
        pass

    def m(self):
        pass


class D:
    pass


print(callable(len), callable(C), callable(C()), callable(D()), callable(C().m))
print(callable(lambda: 0), callable(5), callable("s"), callable(print), callable(int))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
