# Class attributes shared by instances, counting instances, static and class methods.
class Tracker:
    created = 0
    registry = []

    def __init__(self, name):
        Tracker.created += 1
        self.name = name
        self.registry.append(name)

    @staticmethod
    def describe():
        return "tracks instances"

    @classmethod
    def count(cls):
        return cls.__name__ + " made " + str(cls.created)


for n in ["a", "b", "c"]:
    Tracker(n)
print(Tracker.created, Tracker.registry, Tracker.describe(), Tracker.count())
t = Tracker("d")
print(t.created, t.count(), t.describe(), len(t.registry))


class Config:
    debug = False
    level = 1


c1 = Config()
c2 = Config()
c1.debug = True
print(c1.debug, c2.debug, Config.debug)
Config.level = 5
print(c1.level, c2.level)
del c1.debug
print(c1.debug)
print(hasattr(c1, "level"), hasattr(c1, "nope"), getattr(c2, "nope", "fallback"))
setattr(c2, "extra", 7)
print(c2.extra)
