# A property's __doc__: taken from the getter, given explicitly, writable afterwards,
# and kept or replaced by getter()/setter() copies.


class C:
    @property
    def spam(self):
        """Eggs"""
        return "eggs"

    @spam.setter
    def spam(self, value):
        """ignored"""

    @property
    def plain(self):
        return 1

    @plain.getter
    def plain(self):
        """late doc"""
        return 2


print(C.spam.__doc__)
C.spam.__doc__ = "Spam"
print(C.spam.__doc__)
print(C.plain.__doc__, C().plain)
p = property(doc="basic")
print(p.__doc__)
p.__doc__ = "extended"
print(p.__doc__)
p.__doc__ = None
print(p.__doc__)
q = property(lambda self: 1, None, None, "explicit")
print(q.__doc__, q.getter(lambda self: 2).__doc__)


def documented(self):
    """from getter"""


r = property(documented)
print(r.__doc__, r.setter(lambda s, v: None).__doc__)
print(r.getter(lambda self: 3).__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
