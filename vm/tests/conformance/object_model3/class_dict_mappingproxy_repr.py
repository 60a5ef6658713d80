# The repr of a class's __dict__ names mappingproxy around the namespace.
class C:
    a = 1
    b = "two"


r = repr(C.__dict__)
print(r.startswith("mappingproxy({"), r.endswith("})"))
for k, v in C.__dict__.items():
    if not k.startswith("__"):
        print("{!r}: {!r}".format(k, v) in r)
