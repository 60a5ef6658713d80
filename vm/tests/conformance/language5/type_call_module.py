# type(name, bases, ns) takes __module__ from the calling code's globals unless the
# namespace gives one.
A = type("A", (), {})
print(A.__module__, A, "__module__" in A.__dict__)
B = type("B", (), {"__module__": "elsewhere"})
print(B.__module__, B)
ns = {"__name__": "pkg.mod"}
exec("C = type('C', (), {})", ns)
print(ns["C"].__module__, ns["C"])
exec("class D: pass", ns)
print(ns["D"].__module__)
