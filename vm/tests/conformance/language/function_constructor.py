# types.FunctionType(code, globals, name, argdefs, closure) builds a function from a code
# object.
import types


def outer():
    x = 10

    def inner(a, b=2):
        return a + b + x

    return inner


f = outer()
g = types.FunctionType(f.__code__, f.__globals__, "renamed", (5,), f.__closure__)
print(g(1), g.__name__, g.__qualname__, g.__defaults__, g.__module__)


def plain(a):
    return a * 3


h = types.FunctionType(plain.__code__, {"__name__": "somemod"})
print(h(2), h.__name__, h.__module__)

errors = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(plain.__code__, 1),
    lambda: types.FunctionType(plain.__code__, {}, 5),
    lambda: types.FunctionType(plain.__code__, {}, None, [1]),
    lambda: types.FunctionType(f.__code__, {}),
    lambda: types.FunctionType(f.__code__, {}, None, None, ()),
    lambda: types.FunctionType(f.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(plain.__code__),
]
for e in errors:
    try:
        e()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
