# index (with bounds), count and `in` compare by value.
import array
a = array.array('i', [1, 2, 3, 2, 1])
print(a.index(2), a.index(2, 2), a.index(1, -1), a.count(2), a.count(2.0), a.count(9))
print(2 in a, 2.0 in a, 'x' in a, 9 not in a)
for args in [(7,), (3, 3), (1, 1, 4)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print('ValueError', e)
d = array.array('d', [0.5, float('nan')])
print(0.5 in d, d.count(float('nan')))
