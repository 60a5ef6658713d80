# Cells: a captured parameter, a variable captured before assignment, and closure introspection.
def capture_param(p):
    def show():
        return "param is " + str(p)
    p = p * 2
    return show


print(capture_param(21)())


def late():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = "now bound"
    return read()


print(late())


def generations(n):
    funcs = []
    level = 0
    while level < n:
        def f(level=level):
            return level * level
        funcs.append(f)
        level += 1
    return [f() for f in funcs]


print(generations(5))


def counter_pair():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def reset():
        nonlocal total
        old = total
        total = 0
        return old

    return add, reset


add, reset = counter_pair()
add(3)
add(4)
print(reset(), add(1))
print(add.__code__.co_freevars, counter_pair.__code__.co_cellvars)
