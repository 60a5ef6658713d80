# deleting from sys.modules makes the next import run the module again
import sys
import mod_simple
mod_simple.bump()
print(mod_simple.counter)
del sys.modules["mod_simple"]
import mod_simple as again
print(again.counter, again is mod_simple)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__)
