# abc: update_abstractmethods, the legacy abstract* decorators, ABCMeta's helpers.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Impl(Base):
    pass


print(sorted(Impl.__abstractmethods__))
Impl.run = lambda self: "ran"
print(sorted(Impl.__abstractmethods__))
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().run())


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))


class Legacy(abc.ABC):
    @abc.abstractproperty
    def value(self):
        ...


print(sorted(Legacy.__abstractmethods__))
print(Legacy.__dict__["value"].__isabstractmethod__)
try:
    Legacy()
except TypeError as e:
    print(type(e).__name__, e)


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def a(self):
        ...

    @property
    @abc.abstractmethod
    def b(self):
        ...


print(sorted(WithMeta.__abstractmethods__), isinstance(WithMeta, abc.ABCMeta))


class R(abc.ABC):
    pass


R.register(int)
print(isinstance(3, R), issubclass(bool, R), issubclass(str, R))
R._abc_registry_clear()
R._abc_caches_clear()
print(isinstance(3, R), issubclass(bool, R))
print(type(abc.get_cache_token()).__name__)
