from types import DynamicClassAttribute


class Meta(type):
    def __getattr__(cls, name):
        if name == "name":
            return "class-level name"
        raise AttributeError(name)


class Thing(metaclass=Meta):
    def __init__(self, n):
        self._n = n

    @DynamicClassAttribute
    def name(self):
        """The thing's name."""
        return "thing-" + str(self._n)

    @name.setter
    def name(self, value):
        self._n = value


t = Thing(1)
print(t.name)
t.name = 7
print(t.name)
print(Thing.name)
print(Thing.__dict__["name"].__doc__)


class NoMeta:
    @DynamicClassAttribute
    def value(self):
        return 42


print(NoMeta().value)
try:
    NoMeta.value
except AttributeError as e:
    print(type(e).__name__)
