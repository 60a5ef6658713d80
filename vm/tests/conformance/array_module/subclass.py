# array.array can be subclassed: extra attributes, methods and __init__ arguments.
import array
class Tagged(array.array):
    def __new__(cls, code, items, tag):
        self = super().__new__(cls, code, items)
        self.tag = tag
        return self
    def total(self):
        return sum(self)
t = Tagged('i', [1, 2, 3], 'x')
print(t, t.tag, t.total(), isinstance(t, array.array), type(t[1:]).__name__)
print(type(t + t).__name__, t == array.array('i', [1, 2, 3]))
class Plain(array.array):
    pass
p = Plain('d', [1.0])
p.note = 'n'
print(p, p.note, p.typecode)
