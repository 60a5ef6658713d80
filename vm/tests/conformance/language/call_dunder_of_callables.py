# Functions, builtin functions and bound methods have __call__, itself callable.
def f(*args, **kw):
    return args, kw


print(f.__call__(1, a=2))
print(f.__call__.__call__(3))
print(len.__call__([1, 2]))


class C:
    def m(self, x):
        return x * 2


bound = C().m
print(bound.__call__(21))


@[f][0].__call__.__call__
def decorated():
    pass


print(decorated[0][0].__name__, decorated[1])
print(type(f.__call__).__name__ in ('method-wrapper', 'builtin_function_or_method', 'method'))
try:
    type(f).__call__(len, 1)
except TypeError as e:
    print(type(e).__name__)
