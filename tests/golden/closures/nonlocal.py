# nonlocal across several levels, late binding, and the default-argument idiom.
def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    before = x
    after = middle()
    return before, after, x


print(outer())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])


def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders


print([add(10) for add in make_adders()])


def shared():
    value = 0

    def setter(v):
        nonlocal value
        value = v

    def getter():
        return value

    return setter, getter


s, g = shared()
s(42)
print(g())
s("again")
print(g())
