# An exhausted builtin iterator lets go of what it iterated over: the object can be freed
# (its __del__ runs at the next collection), and the iterator stays exhausted.
import gc

def check(name, cls, args=()):
    done = False
    class A(cls):
        def __del__(self):
            nonlocal done
            done = True
            try:
                next(it)
            except StopIteration:
                pass
    it = iter(A(*args))
    try:
        next(it)
        next(it)
    except StopIteration:
        pass
    gc.collect()
    print(name, done, list(it))

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i < self.n:
            return i
        raise IndexError(i)

check("list", list)
check("tuple", tuple)
check("dict", dict)
check("set", set)
check("frozenset", frozenset)
check("getitem", Seq, (0,))

# Exhausted iterators still reduce to empty ones.
for it in (iter([1]), iter((1,)), iter({1: 2}), iter({1}), iter(Seq(1)), iter({1: 2}.items())):
    list(it)
    f, args = it.__reduce__()[:2]
    print(type(it).__name__, f is iter, args)
