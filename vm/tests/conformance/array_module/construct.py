# The constructor: from lists, tuples, generators, bytes, str ('u'), other arrays.
import array
print(array.array('i'))
print(array.array('i', (1, 2, 3)))
print(array.array('i', (x * x for x in range(4))))
print(array.array('h', range(3)))
print(array.array('B', b'\x01\x02'))
print(array.array('h', b'\x01\x00\x02\x00'))
print(array.array('H', bytearray(b'\xff\xff')))
print(array.array('u', 'héllo'))
print(array.array('d', array.array('i', [1, 2])))
print(array.array('b', array.array('b', [7])))
print(array.array('f', [1, 2.5, True]))
