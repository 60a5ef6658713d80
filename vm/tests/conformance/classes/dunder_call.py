
class A:
    def __call__(s, x): return x*2
print(A()(4), callable(A()))
