# The finally body ending in a `with` block: the re-raise stands on the with body's last line.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

def f():
    try:
        raise KeyError("k")
    finally:
        with CM():
            a = 1
            b = 2

def g(n):
    try:
        raise ValueError(n)
    finally:
        if n:
            pass
        elif n is None:
            c = 3
        else:
            d = 4

for fn in (f, lambda: g(1), lambda: g(0), lambda: g(None)):
    try:
        fn()
    except Exception as ex:
        t = ex.__traceback__
        while t.tb_next:
            t = t.tb_next
        first = t.tb_frame.f_code.co_firstlineno
        print(type(ex).__name__, t.tb_frame.f_code.co_name, t.tb_lineno - first, t.tb_frame.f_lineno - first)
