def inner():
    yield "x"

def outer():
    r = yield from inner()
    yield r

print(list(outer()))
