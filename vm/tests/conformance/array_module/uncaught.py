# An uncaught error from an array method.
import array
a = array.array('B', [1, 2])
a.append(256)
