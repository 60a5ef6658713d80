# Folding stops at CPython's limits and never folds an operation that raises.
def big():
    return "a" * 10 ** 9, 2 ** 100000, (1,) * 1000


def raises():
    return 1 / 0


print(len("b" * 4096), len("b" * 4097), 1 << 127, 1 << 129)
try:
    raises()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
