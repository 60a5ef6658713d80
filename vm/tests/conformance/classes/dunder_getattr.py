
class A:
    def __getattr__(s, n): return n.upper()
print(A().foo)
