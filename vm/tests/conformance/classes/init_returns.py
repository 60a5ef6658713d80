class A:
    def __init__(self): return 5
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self): return None
print(type(B()).__name__)
