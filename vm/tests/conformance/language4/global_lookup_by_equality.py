# A name looked up in globals or builtins is found through a key that is not a str but
# equals the name (same hash, its own __eq__), as CPython's dict lookup finds it.
import builtins


class Key:
    def __init__(self, name):
        self.name = name
        self.compared = 0

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        self.compared += 1
        return other == self.name


def use_len():
    return len("abc")


orig = builtins.len
k = Key("len")
del builtins.__dict__["len"]
builtins.__dict__[k] = orig
try:
    print(use_len())
    print(k.compared > 0)
finally:
    del builtins.__dict__[k]
    builtins.len = orig

g = {"__builtins__": builtins}
g[Key("answer")] = 42
exec("print(answer)", g)
exec("def f():\n    return answer\nprint(f())", g)

try:
    exec("print(missing_name)", g)
except NameError as e:
    print(type(e).__name__, e)


class Raiser:
    def __hash__(self):
        return hash("boom")

    def __eq__(self, other):
        raise RuntimeError("eq called")


g2 = {"__builtins__": builtins, Raiser(): 1}
try:
    exec("boom", g2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    exec("def h():\n    return boom\nh()", g2)
except RuntimeError as e:
    print(type(e).__name__, e)
