# __getattribute__ and __getattr__ may be descriptors: they are bound to the instance first.
class Descriptor:
    counter = 0

    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)

        return getter


descr = Descriptor()


class A:
    __getattribute__ = descr


class B:
    __getattr__ = descr


class C:
    __getattribute__ = descr
    __getattr__ = descr


for cls in (A, B, C):
    try:
        getattr(cls(), "attr")
    except AttributeError as e:
        print(cls.__name__, type(e).__name__, e, descr.counter)


class S:
    @staticmethod
    def __getattr__(name):
        return "static " + name


class K:
    @classmethod
    def __getattr__(cls, name):
        return cls.__name__ + " " + name


print(S().foo, K().bar)
