# Returns and jumps under try/finally and with are unchanged by jump rewriting.
class CM:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0])
        return False


def f(x):
    try:
        if x:
            return 'try'
    finally:
        print('finally')


def g(x):
    with CM():
        if x:
            return 'with'
    return 'after'


def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('f', i)
    return i


print(f(1), f(0), g(1), g(0), h())
