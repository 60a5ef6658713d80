# An int subclass that inherits __len__ from a mixin but __bool__ from int: the int's value
# decides (as IntFlag members, whose Flag base defines __len__).
class Sized:
    def __len__(self):
        return 5


class Flagish(int, Sized):
    pass


for v in (0, 3):
    x = Flagish(v)
    print(v, bool(x), int.__bool__(x), len(x), "yes" if x else "no")


class WithBool:
    def __bool__(self):
        return True


class Both(float, WithBool):
    pass


print(bool(Both(0.0)), float.__bool__(Both(0.0)))


class OwnBool(int):
    def __bool__(self):
        return not int.__bool__(self)


print(bool(OwnBool(0)), bool(OwnBool(2)))


class Loops(int):
    def __bool__(self):
        return bool(self)


try:
    bool(Loops(1))
except RecursionError as e:
    print(type(e).__name__)
