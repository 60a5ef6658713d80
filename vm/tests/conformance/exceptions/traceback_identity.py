# `__traceback__` is the same object each time it is read; frames added while the
# exception travels further link to the objects already handed out.
import sys


def inner():
    raise ValueError("x")


def outer():
    try:
        inner()
    except ValueError as e:
        first = e.__traceback__
        print("same on reread:", first is e.__traceback__)
        print("exc_info agrees:", sys.exc_info()[2] is first)
        raise


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print("reread:", tb is e.__traceback__)
    depth = 0
    t = tb
    while t is not None:
        depth += 1
        t = t.tb_next
    print("depth:", depth)
    print("inner link kept:", tb.tb_next.tb_next is tb.tb_next.tb_next)

# with_traceback: the given chain is the traceback, and a raise adds a frame before it.
try:
    raise OSError("a")
except OSError as e:
    saved = e.__traceback__
err = IndexError("b").with_traceback(saved)
print("with_traceback keeps it:", err.__traceback__ is saved)
try:
    raise err
except IndexError as e:
    print("next is the saved chain:", e.__traceback__.tb_next is saved)

# Assignment and clearing.
e = KeyError("k")
e.__traceback__ = saved
print("assigned:", e.__traceback__ is saved)
e.__traceback__ = None
print("cleared:", e.__traceback__)
