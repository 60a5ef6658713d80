# Comparisons go item by item, across typecodes too; other types are not equal.
import array
a = array.array('i', [1, 2])
print(a == array.array('i', [1, 2]), a == array.array('d', [1.0, 2.0]), a != a)
print(a < array.array('i', [1, 2, 0]), a < array.array('i', [1, 3]), a >= array.array('i', [1]))
print(a == [1, 2], a != (1, 2))
n = array.array('d', [float('nan')])
print(n == n, n != n)
print(array.array('u', 'ab') < array.array('u', 'b'))
try:
    a < 3
except TypeError:
    print('TypeError')
