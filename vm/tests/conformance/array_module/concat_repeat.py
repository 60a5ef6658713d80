# + and * make new arrays; += and *= change the array in place.
import array
a = array.array('i', [1, 2])
b = a + array.array('i', [3])
print(a, b, a * 2, 2 * a, a * 0, a * -1)
c = a
c += array.array('i', [9])
c *= 2
print(a, c is a)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a + [1])
show(lambda: a + array.array('d'))
show(lambda: a * 'x')
show(lambda: a * 1.5)
def iadd():
    x = array.array('i')
    x += [1]
show(iadd)
