# A generator delegating to an iterator that is not a generator: throw() calls its
# throw method, or raises in the generator when it has none.


class WithThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, *args):
        print("throw got", [type(a).__name__ for a in args])
        return "thrown"


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "plain"


def gen(it):
    try:
        r = yield from it
        print("returned", r)
    except ValueError as e:
        print("gen caught", repr(e))
        yield "after"


g = gen(WithThrow())
print(next(g))
print(g.throw(ValueError("x")))
g = gen(NoThrow())
print(next(g))
print(g.throw(ValueError("y")))


class StopsOnThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *args):
        raise StopIteration("done")


g = gen(StopsOnThrow())
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration:
    print("finished")
