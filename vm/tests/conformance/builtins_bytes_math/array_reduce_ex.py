# array.__reduce_ex__: protocols below 3 rebuild from a list, later ones from bytes.
import array

a = array.array('i', [1, 2])
for proto in range(5):
    r = a.__reduce_ex__(proto)
    print(proto, r[0] is array.array, r[0] is array._array_reconstructor, r[1])

class Sub(array.array):
    pass

s = Sub('d', [1.5])
s.tag = 'x'
print(s.__reduce_ex__(2))
for proto in range(5):
    func, args, state = s.__reduce_ex__(proto)
    t = func(*args)
    t.__dict__.update(state)
    print(type(t).__name__, t, t.tag)
func, args, state = array.array('u', 'hi').__reduce_ex__(2)
print(func(*args), state)
