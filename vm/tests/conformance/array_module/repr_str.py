# repr and str: the typecode, then the list (or the str for 'u'); empty arrays show only
# the typecode; a subclass shows its own name.
import array
print(repr(array.array('i', [1, 2])), str(array.array('d', [0.5, -1e300])))
print(repr(array.array('u', "it's")), repr(array.array('u')))
print(array.array('f', [0.1]))
class Vec(array.array):
    pass
print(Vec('b', [1]), repr(Vec('q')))
print([array.array('B', [1])], {'k': array.array('H')})
