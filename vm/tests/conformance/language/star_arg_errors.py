# Errors for *args / **kwargs that are not iterables / mappings name the callee as
# CPython does, and builtins that take no keywords refuse them.


def g(*args, **kwargs):
    return args, kwargs


n = None


class Nothing:
    pass


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class BadIter:
    def __iter__(self):
        raise TypeError("iter failed inside")


class Meth:
    def m(self, *a):
        return a


cases = [
    "g(*Nothing())",
    "g(*Seq())",
    "g(*BadIter())",
    "g(1, *g)",
    "g(*[1], *g)",
    "[*5]",
    "(*5,)",
    "dir(*g)",
    "n(*g)",
    "n(**g)",
    "len(*None)",
    "print(**3)",
    "Meth().m(*4)",
    "Meth(*4)",
    "(lambda: 0)(*1.5)",
    "g(**{'a': 1}, **{'a': 2})",
    "id(1, **{'foo': 1})",
    "len([], x=1)",
    "isinstance(1, int, x=2)",
    "getattr(g, '__name__', default=1)",
    "repr(obj=1)",
    "hash(1, **{})",
]
for src in cases:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", type(e).__name__, e)
