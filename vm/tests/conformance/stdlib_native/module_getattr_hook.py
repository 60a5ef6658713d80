# PEP 562: a module's __getattr__ answers names the module lacks.
import types

m = types.ModuleType("lazy")
m.present = 1


def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")


m.__getattr__ = __getattr__
print(m.present, m.auto_x, getattr(m, "auto_yz"))
print(hasattr(m, "missing"), getattr(m, "missing", "default"))
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
import sys
print(sys.float_info.max_10_exp, sys.float_info.mant_dig, sys.float_info.epsilon)
