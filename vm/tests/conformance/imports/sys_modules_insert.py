# a module put in sys.modules by hand is what import returns
import sys
class Fake:
    value = "fake module"
sys.modules["not_on_disk"] = Fake()
import not_on_disk
print(not_on_disk.value)
from not_on_disk import value
print(value)
sys.modules["halted"] = None
try:
    import halted
except ImportError as e:
    print(type(e).__name__, e)
