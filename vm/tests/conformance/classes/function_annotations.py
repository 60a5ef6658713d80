# Annotations are evaluated when the function is made and kept in __annotations__.
def f(a: int, /, b: "str", *args: float, c: list = [], **kw: dict) -> None:
    pass
print(f.__annotations__)

def g(a, b=1):
    pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"a": 1}
print(g.__annotations__)

class Ts:
    def __iter__(self):
        yield "unpacked"

def h(*args: *Ts()):
    pass
print(h.__annotations__)

class A:
    def m(self, other: "A") -> "A":
        return self
print(A.m.__annotations__)
print((lambda x: x).__annotations__)
