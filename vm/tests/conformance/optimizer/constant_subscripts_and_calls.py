# Constants used as subscripts, call arguments and defaults.
def f(a=2 ** 3, b=('x',) * 2, *, c=-1 - 1):
    return a, b, c


print(f())
print('abc'[1 + 0], (1, 2, 3)[-1], [10, 20][2 - 1])
print({1 + 1: 'two', 'k' * 2: 3})
print(max(2 ** 4, 3 ** 3), int('1' + '0' * 3))
