def outer(a):
    b = 1
    c = 2

    def inner(d):
        nonlocal b
        b = b + d
        return a + c

    def deeper():
        def deepest():
            return a
        return deepest

    return inner, deeper


def counter():
    count = 0

    def incr():
        nonlocal count
        count += 1
        return count
    return incr
