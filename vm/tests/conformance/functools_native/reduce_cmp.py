# functools.reduce and cmp_to_key from the native _functools.
import functools
from _functools import reduce, cmp_to_key

print(reduce(lambda a, b: a + b, range(5)), reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda a, b: a + b, ["x"]), reduce(lambda a, b: [b] + a, "abc", []))
for args in [(), (len,), (len, [], 1, 2), (len, 1), (len, [])]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    reduce(len, [], initial=1)
except TypeError as e:
    print("TypeError", e)


def backwards(a, b):
    return (b > a) - (b < a)


key = cmp_to_key(backwards)
print(sorted([3, 1, 2], key=key), type(key).__name__, type(key(1)).__name__)
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= key(1), k1 != k2, k1.obj)
print(type(k1).__hash__ is None)
try:
    k1 < 1
except TypeError as e:
    print("TypeError", e)
for call in [lambda: key(), lambda: key(1, 2), lambda: cmp_to_key(), lambda: type(key)()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(key(obj=5).obj, cmp_to_key(mycmp=backwards)(1) > key(0))
print(max([1, 5, 3], key=cmp_to_key(lambda a, b: a - b)))
