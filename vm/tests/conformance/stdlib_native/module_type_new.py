# types.ModuleType builds modules; subclasses of it keep their methods.
import types, sys
m = types.ModuleType("spam", "doc text")
print(m.__name__, m.__doc__, m.__package__, m.__spec__, repr(m)[:14])
m.x = 1; print(m.x, sorted(vars(m)))
class M(types.ModuleType):
    def hello(self): return "hi " + self.__name__
mm = M("eggs"); print(mm.hello(), type(mm).__name__, isinstance(mm, types.ModuleType))
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(5)
except TypeError as e: print(e)
print(types.ModuleType(name="kw").__name__)
