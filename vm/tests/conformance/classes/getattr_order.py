class A:
    cls_attr = "class"
    def __getattr__(self, name):
        return f"getattr({name})"
a = A()
a.inst = "instance"
print(a.inst, a.cls_attr, a.missing)
class B:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(B().broken)
class C:
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return name.upper()
c = C()
print(c.hello, c.__class__.__name__, getattr(c, "world"), hasattr(c, "x"))
