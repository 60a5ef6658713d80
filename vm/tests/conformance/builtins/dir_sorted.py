# dir(): sorted names, __dir__ overrides, module and local scopes.
class A:
    x = 1

    def m(self):
        pass


class B(A):
    y = 2


b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))


def scope():
    one = 1
    two = 2
    return dir()


print(scope())
import math
print("sqrt" in dir(math), dir(math) == sorted(dir(math)))
