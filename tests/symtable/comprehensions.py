xs = [1, 2, 3]
squares = [x * x for x in xs if x]
pairs = {x: y for x in xs for y in xs}
uniq = {x for x in xs}
gen = (x + 1 for x in xs)


def f(n):
    return [n * x for x in range(n) for _ in [x]]


def g(n):
    return [[y for y in range(x)] for x in range(n)]


def walrus(data):
    if any((last := v) > 2 for v in data):
        return last
