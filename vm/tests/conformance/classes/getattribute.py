class G:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        print("get", name)
        return object.__getattribute__(self, name)
g = G()
print(g.a)
print(g.secret)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
class H:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(H().anything)
class Sub(G):
    pass
print(Sub().a)
