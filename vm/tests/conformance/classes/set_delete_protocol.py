class Logged:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "default")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)
class C:
    attr = Logged()
c = C()
print(c.attr)
c.attr = 1
print(c.attr)
del c.attr
print(c.attr)
setattr(c, "attr", 2)
delattr(c, "attr")
print(type(C.attr).__name__, C.attr.name)
