def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "a", None])))
print(list(filter(lambda s: s.isupper(), "aBcD")))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, len, list)("hello"))
