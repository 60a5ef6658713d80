class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v): setattr(obj, self.name, v)
class M:
    a = Field()
    b = Field()
m = M()
print(m.a)
m.a = 3
print(m.a, m._a)
def later(self, owner, name): print("late", name)
F2 = type("F2", (), {"__set_name__": later})
N = type("N", (), {"z": F2()})
