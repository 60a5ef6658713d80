# object.__new__/__init__ complain about extra arguments as CPython does.
class C:
    pass


class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


tests = [
    lambda: C(42),
    lambda: C.__new__(C, 42),
    lambda: C().__init__(42),
    lambda: object.__new__(C, 42),
    lambda: object.__init__(C(), 42),
    lambda: D(42),
    lambda: D.__new__(D, 42),
    lambda: object.__new__(D, 42),
    lambda: E().__init__(42),
    lambda: object.__init__(E(), 42),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
