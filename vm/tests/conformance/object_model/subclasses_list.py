# type.__subclasses__(): the live classes made with the class among their bases, in the
# order they were made.
import gc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
print([c.__name__ for c in C.__subclasses__()], D.__subclasses__())
made = [type("K%d" % i, (A,), {}) for i in range(5)]
print([c.__name__ for c in A.__subclasses__()])
del made
gc.collect()
print([c.__name__ for c in A.__subclasses__()])


class MyInt(int):
    pass


print(MyInt in int.__subclasses__())
