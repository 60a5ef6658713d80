# Builtin functions and methods of builtin types name the module they come from.
import math

print(len.__module__, repr.__module__, print.__module__)
print(math.sqrt.__module__)
print(hasattr(len, "__module__"), hasattr(math.floor, "__module__"))
for f in (dict.get, str.join, list.append, dict.fromkeys):
    print(f.__qualname__, f.__objclass__.__module__ if hasattr(f, "__objclass__") else "-")


class Holder:
    fn = repr


print(Holder.__dict__["fn"].__module__)
