# split/subgroup build their parts through derive(), which subclasses may override.
class CodedGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return CodedGroup(self.message, excs, self.code)

g = CodedGroup("coded", [ValueError(1), TypeError(2)], 42)
print(repr(g), g.code, g.args)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions))
print(type(r).__name__, r.code, repr(r.exceptions))

class Plain(ExceptionGroup):
    pass

p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__)
print(repr(p.derive([KeyboardInterrupt()])))
print(repr(p.derive((ValueError(9),))))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5

try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)
