class C:
    def m(self, x):
        return x
c = C()
try:
    c.m()
except TypeError as e:
    print(e)
try:
    c.m(1, 2)
except TypeError as e:
    print(e)
try:
    C.m(c, y=1)
except TypeError as e:
    print(e)
