
class D:
    def __set_name__(self, owner, name): print("set", owner.__name__, name)
class A:
    d = D()
