def outer():
    a = 1
    def f():
        return a
    a = 2
    return f
print(outer()())

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])

def counter():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter()
inc(); inc()
print(get())
print(get.__closure__[0].cell_contents)
