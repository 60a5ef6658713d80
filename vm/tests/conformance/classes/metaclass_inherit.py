class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def hello(cls): return "hello from " + cls.__name__
class Base(metaclass=Meta): pass
class Child(Base): pass
print(type(Child).__name__, Child.made_by, Child.hello())
print(type.__call__(Child).__class__.__name__)
print(isinstance(Child, Meta), Meta.__call__ is type.__call__)
class M2(type): pass
class M3(Meta): pass
class Mixed(Base, metaclass=M3): pass
print(type(Mixed).__name__, Mixed.made_by)
try:
    class Bad(Base, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
