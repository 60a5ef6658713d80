# super() argument checking and its errors.


class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B" + super().f()

    @classmethod
    def c(cls):
        return super().__init_subclass__


for args in ((int, int, int), (1, int), (int, 1), ()):
    try:
        super(*args)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    super(int, x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(B().f(), super(B, B()).f(), B.c() is not None)


def outside():
    super()


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
