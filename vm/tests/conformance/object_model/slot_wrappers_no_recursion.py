# A subclass override that calls the builtin slot (str.__getitem__(self, i)) gets the
# builtin behaviour, not its own override again; the slots check their receiver.


class S(str):
    def __getitem__(self, x):
        return "<" + str.__getitem__(self, x) + ">"

    def __contains__(self, x):
        return not str.__contains__(self, x)


s = S("hello")
print(s[:4], s[1], s.__getitem__(slice(4)), "ell" in s, "xyz" in s)


class T(tuple):
    def __getitem__(self, x):
        return tuple.__getitem__(self, x)


class L(list):
    def __getitem__(self, x):
        return list.__getitem__(self, x)


print(T((1, 2, 3))[:2], L([1, 2, 3])[slice(2)], L([1, 2, 3]).__getitem__(slice(2)))
for call in (lambda: str.__getitem__(5, 1), lambda: str.__contains__([], "a")):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
