# Slices read copies, including extended and negative steps.
import array
a = array.array('h', range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:1], a[8:2:-2], a[:])
b = a[:]
b[0] = 100
print(a[0], b[0], type(a[1:3]).__name__)
