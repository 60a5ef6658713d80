
class A:
    def __init__(s): s.a = 1
print(vars(A()), "a" in dir(A()))
