# Deep or cyclic isinstance/issubclass checks raise RecursionError instead of
# exhausting the native stack.
import sys

sys.setrecursionlimit(200)


def attempt(f, *args):
    try:
        print(f(*args))
    except RecursionError as e:
        # Only the depth guards of the check itself name where they tripped; a limit
        # reached inside a property getter is reported by the call machinery.
        msg = str(e)
        print("RecursionError", msg if " in __" in msg else "")


nested = (str,)
for _ in range(300):
    nested = (nested,)
attempt(isinstance, "", nested)
attempt(issubclass, str, nested)
shallow = (str,)
for _ in range(20):
    shallow = (shallow,)
attempt(isinstance, "", shallow)
attempt(issubclass, bool, (shallow, int))


class Cycle:
    @property
    def __bases__(self):
        return (self, self)


attempt(issubclass, Cycle(), int)
attempt(isinstance, 1, Cycle())


class Failure:
    def __getattr__(self, attr):
        return (self, None)


attempt(issubclass, Failure(), int)


class SelfBases:
    @property
    def __bases__(self):
        return self.__bases__


attempt(issubclass, SelfBases(), int)
