# A function's __module__ is kept beside its __dict__ (which starts empty); methods show
# their function's attributes in dir(); __class__ cannot be deleted.


def f(x):
    return x


print(f.__module__, sorted(f.__dict__))
f.__module__ = "elsewhere"
print(f.__module__, sorted(f.__dict__))
del f.__module__
print(f.__module__)
f.known = 7
print(f.__dict__)


class F:
    def a(self):
        pass


F.a.known_attr = 7
m = F().a
print("known_attr" in dir(m), m.known_attr)
for target in (m, f, F()):
    try:
        del target.__class__
    except TypeError as e:
        print(type(e).__name__, e)
try:
    m.__class__ = F
except TypeError as e:
    print(type(e).__name__, e)
