def g():
    try:
        yield 1
        return "r"
    finally:
        print("finally runs")

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
