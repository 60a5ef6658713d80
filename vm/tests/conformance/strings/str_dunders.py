# str's comparison and arithmetic dunders called directly
print("a".__lt__("b"), "a".__le__("a"), "b".__gt__("a"), "a".__ge__("b"), "a".__ge__(1), "a".__eq__(1))
print("ab".__mul__(3), "ab".__rmul__(2), "%s!".__mod__("hi"), "x".__rmod__("<%s>"), "x".__rmod__(5), "ab".__getnewargs__())
print("abc".__contains__("b"), "abc".__getitem__(1), "abc".__len__(), "a".__add__("b"), "x".__hash__() == hash("x"))
print(sorted(["b", "a", "C"]), max("abc", "abd"), "a" < "B", "\xe9" > "z")
for call in [lambda: "a".__add__(1), lambda: "ab".__mul__("x"), lambda: "ab" * 1.5, lambda: "ab" * "c"]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)


class Times:
    def __rmul__(self, other):
        return "rmul " + other


print("ab" * Times())
