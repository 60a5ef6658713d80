# complex() of complex subclasses: exact results, __complex__ first, CPython's messages.
import warnings

class C2(complex):
    pass

z = complex(C2(1, -0.0))
print(type(z).__name__, z, type(C2(complex(1, 2))).__name__, C2(complex(1, 2)))
print(type(complex(C2(3j))).__name__, complex(complex(4j)) == 4j)

class Own(complex):
    def __complex__(self):
        return 42j

class Self(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)
    def __complex__(self):
        return self

class Bad(complex):
    def __complex__(self):
        return None

print(complex(Own(1j)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(complex(Self(1j)))
print([w.category.__name__ for w in caught], str(caught[0].message)[:40])
for args in [(Bad(1j),), ({},), (1, {}), (None,), (1, None), (1, "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)

print((1 + 2j).__getnewargs__(), C2(3, 4).__getnewargs__())
for lit in ["1_e1", "1.4_e1j", "1_0j", "1e1_0", "1__0", "1.5_j"]:
    try:
        print(lit, complex(lit))
    except ValueError as e:
        print(lit, type(e).__name__, e)
