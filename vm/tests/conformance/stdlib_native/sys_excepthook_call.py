# sys.excepthook prints an exception's report to sys.stderr.
import sys


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("still running")
sys.excepthook(KeyError, KeyError("k"), None)
print("done")
