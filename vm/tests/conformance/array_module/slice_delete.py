# Deleting slices, plain and extended.
import array
a = array.array('d', [float(i) for i in range(10)])
del a[::3]
print(a)
del a[1:3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a, len(a))
