# What counts as a mapping: dict and its subclasses; lookups go through get(), so
# defaultdict's default factory is not triggered and __missing__ is not called.
from collections import defaultdict, OrderedDict, Counter


def f(v):
    match v:
        case {"k": value}:
            return f"k={value!r}"
        case _:
            return "no k"


dd = defaultdict(list)
print(f(dd), dict(dd))
dd["k"].append(1)
print(f(dd))


class Missing(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return "made up"


print(f(Missing()), f(Missing(k=0)))


class LoudGet(dict):
    def get(self, key, default=None):
        print("  get", key, default is None)
        return super().get(key, default)


print(f(LoudGet(k="v")))
print(f(OrderedDict(k=1)), f(Counter("kkk")))
print(f([("k", 1)]), f({"k"}), f("k"))
