x: int
x: int = 1
(x): int = 1
x.y: int
x.y: int = 1
x[0]: int
x[0]: "str" = "s"
(x.y): int
x: list[int] = []
x: int = yield
x: tuple = 1, 2
x: tuple = *a, b
class C:
    a: int
    b: str = ""
    c: "C"
def f(a: int, *b: str, **c: "dict") -> "f":
    d: int
    e: int = 1
    return e
def g() -> None: pass
async def h() -> int: pass
lambda: (x := 1)
