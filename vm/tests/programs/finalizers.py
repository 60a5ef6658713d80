# __del__ runs once per object (PEP 442): when a collection finds the object unreachable,
# also inside a cycle, also after resurrection; weak references to it are cleared first;
# objects still alive at exit are finalized then.
import gc
import weakref

log = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


a = Noisy("a")
del a
gc.collect()
print(log)

# A cycle with a finalizer is collected, and the finalizer runs once.
b = Noisy("b")
b.me = b
del b
gc.collect()
gc.collect()
print(log)

# Weak references are cleared before the finalizer runs.
c = Noisy("c")
seen = []
rc = weakref.ref(c, lambda wr: seen.append(("callback", list(log))))
del c
gc.collect()
print(rc(), seen, log[-1])

# Resurrection: the finalizer stores the object; it stays, and __del__ does not run again.
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix del")
        saved.append(self)


p = Phoenix()
del p
gc.collect()
print(len(saved), log[-1])
saved.clear()
gc.collect()
print(log.count("phoenix del"))


# An exception in __del__ is reported and ignored (stderr is checked elsewhere: it names an
# address); here the program just goes on.
class Broken:
    def __del__(self):
        log.append("broken del")


x = Broken()
del x
gc.collect()
print(log[-1])


class AtExit:
    def __del__(self):
        print("finalized at exit")


keep = AtExit()
print("end of program")
