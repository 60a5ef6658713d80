# Assigning a class's __module__ changes its repr, as CPython's type_repr reads it.
class A:
    pass


print(A, A.__module__)
A.__module__ = "pkg.sub"
print(A, A.__module__, A.__dict__["__module__"])
A.__qualname__ = "Outer.A"
print(A)
A.__module__ = "builtins"
print(A)


def make():
    class Local:
        pass
    return Local


L = make()
print(L.__qualname__)
L.__module__, L.__qualname__ = "other", "Local"
print(L, repr(L))
B = type("B", (), {"__module__": "given"})
print(B)
