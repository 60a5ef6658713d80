# tolist / fromlist.
import array
a = array.array('f', [0.5, 1.25])
print(a.tolist(), type(a.tolist()).__name__)
a.fromlist([2, 3.5])
print(a)
print(array.array('Q', [2**64 - 1]).tolist())
print(array.array('u', 'ab').tolist())
