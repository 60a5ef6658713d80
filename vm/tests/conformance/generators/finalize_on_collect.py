# A generator collected while suspended inside try/finally or with is closed: its
# finally blocks and GeneratorExit handlers run.
import gc
import sys


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = with_finally()
print(next(g))
del g
gc.collect()
print("after collect")


def catches_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("exiting")
        raise


g = catches_exit()
next(g)
g = None
gc.collect()


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit called with", exc[0].__name__)


def with_block():
    with CM():
        yield 1


g = with_block()
next(g)
del g
gc.collect()

# Not started, or finished: nothing runs.
g = with_finally()
del g
g = with_finally()
print(list(g))
del g
gc.collect()

# A generator that yields again while being closed: RuntimeError, reported as unraisable.
seen = []
sys.unraisablehook = seen.append


def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
del g
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(len(seen), seen[0].exc_type.__name__, seen[0].exc_value)
print(seen[0].object.__name__)
