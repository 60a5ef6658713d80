class Data:
    def __get__(self, obj, owner): return "data"
    def __set__(self, obj, v): print("data set", v)
class NonData:
    def __get__(self, obj, owner): return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__['d'] = "inst-d"
c.__dict__['n'] = "inst-n"
print(c.d, c.n)
c.d = 5
print(c.__dict__['d'])
c.n = 6
print(c.n)
print(C.d, C.n)
class GetOnlySet:
    def __set__(self, obj, v): print("set only", v)
class E:
    g = GetOnlySet()
e = E()
e.g = 1
print(type(e.g).__name__)
e.__dict__['g'] = "shadow"
print(type(e.g).__name__)
