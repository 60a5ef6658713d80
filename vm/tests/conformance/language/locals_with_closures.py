# locals() in a function shows its cell and free variables too.
def f(x):
    def g(y):
        def h(z):
            return y + z
        w = x + y
        y += 3
        return locals()
    return g


d = f(2)(4)
print('h' in d)
del d['h']
print(sorted(d.items()))


def outer():
    a = 1
    b = []

    def inner():
        b.append(a)
        return sorted(locals())
    return inner(), sorted(locals())


print(outer())


def unbound_cell():
    def use():
        return late
    before = sorted(locals())
    late = 5
    return before, sorted(locals())


print(unbound_cell())
