# Item access: positive and negative indices, __index__, errors.
import array
a = array.array('i', [10, 20, 30])
print(a[0], a[-1], a[True])
class I:
    def __index__(self):
        return 1
print(a[I()])
for key in [3, -4, 'x', 1.0, None]:
    try:
        print(a[key])
    except Exception as e:
        print(type(e).__name__, e)
a[1] = 99
a[-1] = -5
print(a)
for key, v in [(5, 1), (0, 'x'), (0, 2**40)]:
    try:
        a[key] = v
    except Exception as e:
        print(type(e).__name__, e)
del a[0]
print(a)
try:
    del a[7]
except IndexError as e:
    print('IndexError', e)
