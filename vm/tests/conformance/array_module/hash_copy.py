# Arrays are unhashable; copy and deepcopy copy the items; __reduce_ex__ rebuilds them.
import array, copy
a = array.array('i', [1, 2])
try:
    hash(a)
except TypeError as e:
    print('TypeError')
b = copy.copy(a)
c = copy.deepcopy(a)
b[0] = 5
print(a, b, c, b is a)
for x in [a, array.array('u', 'xy'), array.array('d', [0.5])]:
    func, args, state = x.__reduce_ex__(3)
    print(func(*args), func(*args) == x, state)
