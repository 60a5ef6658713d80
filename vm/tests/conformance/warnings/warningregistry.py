import warnings
def f():
    warnings.warn("registered")
f()
reg = globals()["__warningregistry__"]
keys = sorted(k for k in reg if k != "version")
print(keys)
print("version" in reg)
