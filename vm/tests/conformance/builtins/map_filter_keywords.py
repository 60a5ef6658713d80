# map and filter refuse keyword arguments, unless a subclass has an __init__ of its own.
class F(filter):
    pass


class F2(filter):
    def __init__(self, *args, x=None):
        self.x = x


class M(map):
    pass


for make in (lambda: filter(None, [], x=1), lambda: F(None, [], x=1),
             lambda: map(abs, [], x=1), lambda: M(abs, [], x=1)):
    try:
        make()
    except TypeError as e:
        print(e)
f = F2(None, [1, 0, 2], x=5)
print(list(f), f.x, list(map(abs, [-1, 2])), list(filter(None, [0, 3])))
