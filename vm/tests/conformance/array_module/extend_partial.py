# extend stops at the first bad item but keeps what came before it; fromlist keeps nothing.
import array
a = array.array('B', [1])
try:
    a.extend([2, 3, 300, 4])
except OverflowError as e:
    print('OverflowError', e)
print(a)
try:
    a.fromlist([5, 'x'])
except TypeError as e:
    print('TypeError', e)
print(a)
a.fromlist([6, 7])
print(a)
try:
    a.fromlist((1,))
except TypeError as e:
    print('TypeError', e)
