# A global read through the cache stays right when a non-str key equal to the name is
# put in place of the str key later.
import builtins


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name


g = {"__builtins__": builtins, "value": 1}
exec("def read():\n    return value", g)
read = g["read"]
print(read(), read())
del g["value"]
g[Key("value")] = 2
print(read())
del g[next(k for k in g if isinstance(k, Key))]
try:
    read()
except NameError as e:
    print(type(e).__name__, e)
g["value"] = 3
print(read())
