# reversed() of a user sequence asks for each item as the iteration goes, reports the
# items left through __length_hint__ (asking len() again), and pickles by position.
import operator

class Seq:
    def __init__(self, items):
        self.items = items
        self.asked = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        self.asked.append(i)
        return self.items[i]

s = Seq([1, 2, 3, 4])
r = reversed(s)
print(s.asked, operator.length_hint(r), type(r).__name__)
print(next(r), s.asked, operator.length_hint(r))
s.items[0] = "changed"
print(list(r), s.asked, operator.length_hint(r))

s = Seq([1, 2, 3])
r = reversed(s)
next(r)
f, args, index = r.__reduce__()
print(f is reversed, args[0] is s, index)
r2 = f(*args)
r2.__setstate__(index)
print(list(r2))
list(r)
print(r.__reduce__())
r = reversed(Seq("abc"))
r.__setstate__(10)
print(list(r))
r = reversed(Seq("abc"))
r.__setstate__(-7)
print(list(r))

class Shrinking:
    called = False
    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError("len again")
    def __getitem__(self, i):
        return i

r = reversed(Shrinking())
try:
    operator.length_hint(r)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(r), next(r))

class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i

print(list(reversed(Short())))

class NoLen:
    def __getitem__(self, i):
        return i

try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError", e)
