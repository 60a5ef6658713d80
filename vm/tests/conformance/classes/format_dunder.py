class F:
    def __format__(self, spec): return f"F<{spec}>"
f = F()
print(format(f, "x"), f"{f:>10}", "{:abc}".format(f), format(f))
class Plain: 
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "d")
except TypeError as e:
    print(type(e).__name__, e)
class BadF:
    def __format__(self, spec): return 5
try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
