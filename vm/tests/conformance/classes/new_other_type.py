class Other:
    def __init__(self): print("Other.__init__")
class A:
    def __new__(cls, flag):
        if flag:
            return Other.__new__(Other)
        return super().__new__(cls)
    def __init__(self, flag): print("A.__init__", flag)
print(type(A(True)).__name__)
print(type(A(False)).__name__)
class B:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(B())
class Sub(A): pass
print(type(Sub(False)).__name__)
