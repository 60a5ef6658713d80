def trace(label):
    print("making", label)
    def deco(fn):
        print("applying", label)
        def w(*a):
            return f"{label}({fn(*a)})"
        return w
    return deco

@trace("outer")
@trace("inner")
def f(x):
    return x
print(f(1))
