# enumerate(start=) and reversed() with its errors.
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)))
print(list(enumerate([], start=3)), list(enumerate(iterable="xy", start=1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


class Rev:
    def __reversed__(self):
        return iter("custom")


print(list(reversed(Seq())), list(reversed(Rev())))
for call in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(iter([1])),
             lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: reversed()]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
