def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def tag(t):
    return lambda fn: lambda: f"<{t}>{fn()}</{t}>"

@tag("b")
@tag("i")
def text():
    return "x"
print(text())
