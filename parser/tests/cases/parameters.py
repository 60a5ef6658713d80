def a0(): pass
def a1(x): pass
def a2(x, y=1): pass
def a3(x, /): pass
def a4(x, /, y): pass
def a5(x=1, /, y=2, *, z): pass
def a6(x, /, *, y): pass
def a7(*, y): pass
def a8(*, y=1, z): pass
def a9(*args): pass
def a10(*args, y, **kwargs): pass
def a11(**kwargs): pass
def a12(x, /, y, *args, z=3, w, **kwargs): pass
def a13(x: int, /, y: "str" = "s", *args: int, z: list[int] = [], **kwargs: dict) -> None: pass
def a14(x,): pass
def a15(x, /,): pass
def a16(*args,): pass
def a17(**kwargs,): pass
def a18(
    x,
    y = 1,
): pass
def a19(*args: *tuple[int, ...]): pass
lambda: 0
lambda x: x
lambda x, y=1: x
lambda x, /: x
lambda x=1, /, y=2, *, z: x
lambda *, y: y
lambda *args: args
lambda *args, y, **kwargs: y
lambda **kwargs: kwargs
lambda x, /, y, *args, z=3, w, **kwargs: 0
lambda x,: x
lambda *a,: a
