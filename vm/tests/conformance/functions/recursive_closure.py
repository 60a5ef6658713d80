def make():
    def walk(n, acc):
        if n == 0:
            return acc
        return walk(n - 1, acc + [n])
    return walk
print(make()(5, []))

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4]], 5]]))
