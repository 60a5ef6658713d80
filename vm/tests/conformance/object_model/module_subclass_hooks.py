# A Python subclass of a builtin type (here the module type) with its own
# __getattribute__, __setattr__ and __delattr__ has all three called.
import sys

log = []
MT = type(sys)


class MM(MT):
    def __init__(self, name):
        MT.__init__(self, name)

    def __getattribute__(self, name):
        log.append(("getattr", name))
        return MT.__getattribute__(self, name)

    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)

    def __delattr__(self, name):
        log.append(("delattr", name))
        MT.__delattr__(self, name)


a = MM("a")
a.foo = 12
x = a.foo
del a.foo
print(log, x)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)


class L(list):
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return list.__getattribute__(self, name)


l = L([1])
print(l.secret, l.count(1))
