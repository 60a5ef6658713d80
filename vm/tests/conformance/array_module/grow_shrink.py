# append, extend, insert, pop, remove.
import array
a = array.array('l')
a.append(1)
a.extend([2, 3])
a.extend(array.array('l', [4]))
a.extend(x for x in (5, 6))
a.insert(0, 0)
a.insert(-1, 55)
a.insert(100, 7)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a.remove(99))
show(lambda: a.pop(50))
show(lambda: array.array('i').pop())
show(lambda: a.pop(1.0))
show(lambda: a.extend(array.array('d')))
show(lambda: a.extend(5))
show(lambda: a.append('x'))
show(lambda: a.append())
