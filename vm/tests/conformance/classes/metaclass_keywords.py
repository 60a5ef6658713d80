
class M(type):
    def __new__(m, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(m, name, bases, ns)
class A(metaclass=M, tag=3): pass
print(A.tag, type(A).__name__)
