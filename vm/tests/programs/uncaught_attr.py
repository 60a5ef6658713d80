# AttributeError and NameError messages carry CPython's "Did you mean" hints.
class Point:
    def __init__(self):
        self.xcoord = 1


p = Point()
print(p.xcoord)
try:
    print(lenght)
except NameError as e:
    print(e)
print(p.xcord)
