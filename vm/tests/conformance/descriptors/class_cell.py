# The __class__ cell: type.__new__ fills it (so a metaclass's __new__ can already call
# methods using it), type(name, bases, ns) fills it from a namespace, it never becomes a
# class attribute, and __build_class__ checks a metaclass kept it.


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("inside __new__:", cls.who() is cls)
        return cls


class A(metaclass=Meta):
    @staticmethod
    def who():
        return __class__


print(A.who() is A, "__classcell__" in A.__dict__)
saved = None


class Delay(type):
    def __new__(mcls, name, bases, ns):
        global saved
        saved = ns
        return None


class Later(metaclass=Delay):
    def f(self):
        return __class__


print(Later)
B = type("B", (), saved)
print(B().f() is B, B.__name__)


class Dropping(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


class Fine(metaclass=Dropping):
    pass


try:
    class Broken(metaclass=Dropping):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, str(e).replace(__name__, "M"))


class Overwrite(type):
    def __new__(mcls, name, bases, ns, cell):
        ns["__classcell__"] = cell
        return super().__new__(mcls, name, bases, ns)


for bad in (None, 0, "", object()):
    try:
        class Bad(metaclass=Overwrite, cell=bad):
            pass
    except TypeError as e:
        print(type(e).__name__, e)


class Wrong(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        type("Other", (), ns)
        return cls


try:
    class Victim(metaclass=Wrong):
        def f(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, str(e).replace(__name__, "M"))
