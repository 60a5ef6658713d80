class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
m = Money(3.5)
print(f"{m:usd} {m:>6} {m}")
print("{:usd}".format(m))
print(format(m, "usd"))

class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(Plain(), "") .startswith("<"))
