# close() and throw(GeneratorExit) go down a yield-from chain: each level's finally runs,
# innermost first, and the frames below are linked while the inner ones run.
import sys


def names():
    f = sys._getframe(1)
    out = []
    while f is not None and f.f_code.co_name != "<module>":
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def inner():
    try:
        yield 1
    finally:
        print("inner finally", names())


def middle():
    try:
        yield from inner()
    finally:
        print("middle finally", names())


def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")


g = outer()
next(g)
g.close()
print(g.gi_frame)

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit out")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"


def wraps():
    yield from stubborn()


g = wraps()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
