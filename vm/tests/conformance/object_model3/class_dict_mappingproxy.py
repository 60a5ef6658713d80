# A class's __dict__ is a read-only mappingproxy over its namespace.
class C:
    x = 1

    def meth(self):
        return 2


d = C.__dict__
print(type(d).__name__, type(d) is type(int.__dict__), isinstance(d, dict))
print(d["x"], "meth" in d, "nope" in d, d.get("x"), d.get("nope", "default"))
print(sorted(k for k in d if not k.startswith("__")), len(d) == len(list(d.keys())))
print(sorted(k for k, v in d.items() if not k.startswith("__")))
copy = d.copy()
print(type(copy).__name__, copy["x"])
for action in (lambda: d.__setitem__("y", 2), lambda: d.__delitem__("x")):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
C.y = 3
print(d["y"], "y" in d)
print(dict(d)["y"], {**d}["x"], d == C.__dict__)
