import sys

def outer():
    x = 1
    y = 2
    def inner():
        z = x + 1
        return sys._getframe().f_locals
    print(sorted(sys._getframe().f_locals))
    return inner()

print(sorted(outer().items()))
