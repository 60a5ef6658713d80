# reversed() of dict views and instance dicts; views' mapping attribute.
d = {"a": 1, "b": 2, "foo": 0, "c": 3}
del d["foo"]
print(list(reversed(d)))
print(list(reversed(d.keys())))
print(list(reversed(d.values())))
print(list(reversed(d.items())))
print(list(reversed({})), list(reversed({}.items())), list(reversed(dict().values())))

class A:
    def __init__(self, x, y):
        if x: self.x = x
        if y: self.y = y

print(list(reversed(A(1, 2).__dict__)))
print(list(reversed(A(1, 0).__dict__)))
print(list(reversed(A(0, 1).__dict__)))

class D(dict):
    def __iter__(self):
        return iter(["bogus"])
print(list(reversed(D(p=1, q=2))))

m = d.keys().mapping
print(type(m).__name__, m, m["a"])
print(d.values().mapping == d, d.items().mapping["c"])
try:
    m["z"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(d.keys()).__length_hint__
    print("ok")
except AttributeError as e:
    print(e)
