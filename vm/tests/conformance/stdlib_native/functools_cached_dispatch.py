# functools.cached_property, partialmethod, singledispatch and singledispatchmethod.
import functools
class A:
    calls = 0
    @functools.cached_property
    def v(self):
        A.calls += 1
        return 42
a = A(); print(a.v, a.v, A.calls, 'v' in a.__dict__, type(A.v).__name__)
class B:
    def add(self, x, y): return x + y
    add5 = functools.partialmethod(add, 5)
print(B().add5(1))
@functools.singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
@show.register
def _(x: str): return "str"
print(show(1), show("a"), show(2.0), show(True))
class C:
    @functools.singledispatchmethod
    def m(self, x): return "base"
    @m.register(int)
    def _(self, x): return "int"
print(C().m(1), C().m("x"))
