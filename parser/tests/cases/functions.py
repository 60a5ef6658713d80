def f():
    pass

def f(a, b):
    return a + b

def f(a, b=1, *args, c, d=2, **kwargs):
    return

def f(a, /, b, *, c):
    pass

def f(a=1, /, b=2, *, c=3):
    pass

def f(*, a, b=1):
    pass

def f(**kwargs):
    pass

def f(a: int, b: str = "x", *args: tuple, c: float, **kwargs: dict) -> bool:
    return True

def f(*args: *Ts):
    pass

def f(a,):
    pass

@decorator
def f():
    pass

@decorator(1, 2)
@other.attr
@(lambda f: f)
def f():
    pass

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
        return x
    return inner

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield from other()
    return (yield)
