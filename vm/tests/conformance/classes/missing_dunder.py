class D(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = D()
print(d["abc"], d)
print(d.get("zz"), "zz" in d)
class E(dict): pass
try:
    E()["x"]
except KeyError as e:
    print(type(e).__name__, e)
