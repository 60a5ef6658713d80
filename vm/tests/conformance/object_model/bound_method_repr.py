# A bound method of an arbitrary callable is named by its __qualname__, else its
# __name__, else '?'.
import types


class MyCallable:
    def __call__(self, arg):
        return arg


func = MyCallable()
method = types.MethodType(func, 5)
print(repr(method))
func.__name__ = "name"
print(repr(method))
func.__qualname__ = "qualname"
print(repr(method))
func.__qualname__ = 42
print(repr(method))
print(method(), method.__self__, method.__func__ is func)


class K:
    def m(self):
        pass

    def __repr__(self):
        return "<K>"


print(repr(K().m))
