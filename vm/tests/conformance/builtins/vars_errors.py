# vars() with and without an argument, and its TypeError.
class P:
    def __init__(self):
        self.a = 1


print(vars(P()), sorted(k for k in vars(P) if not k.startswith("__")))


def f():
    z = 3
    return vars()


print(f())
for v in [5, "s", [1]]:
    try:
        vars(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
