# next() with defaults, on non-iterators; iter() of non-iterables.
it = iter([1])
print(next(it), next(it, "end"), next(it, None))
for call in [lambda: next([1]), lambda: next(5), lambda: iter(5), lambda: next(),
             lambda: iter(), lambda: next(iter([]))]:
    try:
        print(call())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)


def gen():
    yield 1
    return "ret"


g = gen()
print(next(g), next(g, "dflt"))
