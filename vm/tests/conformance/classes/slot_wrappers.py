print(int.__add__(1, 2), int.__sub__(5, 3), int.__mul__(2, 3))
print(list.__getitem__([1, 2], 1), str.__len__("abc"))
d = {}
dict.__setitem__(d, "k", 1)
print(d, dict.__getitem__(d, "k"), dict.__contains__(d, "k"), dict.__len__(d))
print(object.__eq__(1, 1), object.__eq__(1, 2))
print(int.__lt__(1, 2), int.__eq__(3, 3), int.__ge__(1, 2))
print(int.__add__(1, 'a'))
print((1).__add__(2), [].__len__(), 'a'.__mul__(3), (1).__add__('a'))
print((5).__radd__(1), (2).__rsub__(10), 3.5.__mul__(2))
print(str.__add__("a", "b"), tuple.__len__((1, 2)), list.__contains__([1], 1))
print("abc".__getitem__(1), (1, 2).__getitem__(0), [3, 1].__iter__().__next__())
print((7).__neg__(), (7).__hash__() == hash(7), (7).__bool__(), (0.0).__bool__())
print(int.__repr__(5), str.__repr__("x"), float.__str__(1.5))
print(list.__add__([1], [2]), list.__mul__([1], 2), set.__or__({1}, {2}) == {1, 2})
print(str.__contains__("abc", "b"), str.__eq__("a", "a"), str.__ne__("a", "a"))
print(int.__add__.__name__, list.__len__.__name__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__len__(5)
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    def __len__(self): return list.__len__(self) + 100
    def __getitem__(self, i): return ("item", list.__getitem__(self, i))
m = MyList([1, 2])
print(len(m), m[0])
