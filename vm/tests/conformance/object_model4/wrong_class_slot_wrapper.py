# A slot wrapper taken from an unrelated class refuses the receiver.


class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__


a = A()
for f in (lambda: a == a, lambda: a + a, lambda: a + 1):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)


class B(int):
    __add__ = int.__add__
    __eq__ = object.__eq__


b = B(2)
print(b + b, b == b, b == 2)


class S(str):
    __len__ = str.__len__


s = S("abc")
print(len(s), s == "abc")
