# __mro__ cannot be assigned.
class C:
    pass


try:
    C.__mro__ = (C, object)
except AttributeError as e:
    print(type(e).__name__, e)
print(C.__mro__)
