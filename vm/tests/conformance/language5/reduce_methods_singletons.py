# Bound methods, builtin methods and the Ellipsis/NotImplemented singletons reduce to
# what fetches them again, so copy and pickle handle them.
import copy


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @classmethod
    def make(cls):
        return cls(7)


b = Box(3)
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())
print(copy.copy(Ellipsis) is Ellipsis, copy.deepcopy(NotImplemented) is NotImplemented)
func, args = b.get.__reduce__()
print(func is getattr, args[0] is b, args[1])
func, args = Box.make.__reduce__()
print(func is getattr, args[0] is Box, args[1])
print(len.__reduce__(), abs.__reduce__())
func, args = dict.get.__reduce__()
print(func is getattr, args)
func, args = [].append.__reduce__()
print(func is getattr, args)
m = copy.deepcopy(b.get)
print(m(), m.__self__ is b)
print(copy.copy(Box.make)().v)
print(copy.deepcopy([Ellipsis, NotImplemented, len]))
