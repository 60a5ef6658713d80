x: int
y: "str" = "a"


def f(a: int, b: "list[int]" = None) -> bool:
    c: float = 1.0
    d: int
    return a


class K:
    attr: int
    other: list = []

    def m(self) -> "K":
        return self
