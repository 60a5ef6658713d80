# type.__dict__ holds __mro__ and __dict__ descriptors (inspect.getattr_static reads a
# class's MRO and namespace through them); renaming a class still works.
print(type.__dict__['__mro__'].__get__(int))
print(type.__dict__['__dict__'].__get__(int)['__add__'])


class A:
    x = 1


class C(A):
    pass


C.__name__ = 'D'
print(C.__name__, C.__mro__)
try:
    C.__mro__ = ()
except AttributeError as e:
    print("AttributeError", e)
try:
    C.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
print('__mro__' in dir(type), type.__mro__, '__mro__' in dir(C))
try:
    type.__dict__['__mro__'].__get__(3)
except TypeError as e:
    print("TypeError", e)
import sys
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names,
      'builtins' in sys.builtin_module_names)
