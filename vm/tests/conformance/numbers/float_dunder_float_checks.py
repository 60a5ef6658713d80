# float() calls a class's own __float__ and checks what it returns.
import warnings

class Own(float):
    def __float__(self):
        return 42.0

class Self(float):
    def __new__(cls, value=0.0):
        return float.__new__(cls, 2 * value)
    def __float__(self):
        return self

class Bad(float):
    def __float__(self):
        return 42

class Text(str):
    def __float__(self):
        return float(str(self)) + 1

print(float(Own()), float(Text("8")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(float(Self(21)), type(float(Self(21))).__name__)
print([str(w.message) for w in caught][:1], [w.category.__name__ for w in caught][:1])
try:
    float(Bad(1))
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    def __float__(self):
        return ""
try:
    float(Plain())
except TypeError as e:
    print(type(e).__name__, e)

class Index:
    def __index__(self):
        return 7
print(float(Index()))

class Sub(float):
    pass

class Gives:
    def __float__(self):
        return Sub(1.5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = float(Gives())
    print(r, type(r).__name__, len(caught))
    r = Sub(Gives())
    print(r, type(r).__name__)
