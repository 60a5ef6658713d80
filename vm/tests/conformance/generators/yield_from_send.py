def inner():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got

def outer():
    r = yield from inner()
    yield ("done", r)

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
