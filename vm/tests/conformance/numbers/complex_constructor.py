# complex() from numbers and strings
print(complex(), complex(1), complex(1.5), complex(2, 3), complex(1j), complex(1j, 1j), complex(real=1, imag=2), complex(imag=3))
print(complex(True), complex(2, -0.0), complex(10 ** 20))
for s in ["1+2j", " (3-4.5j) ", "j", "-j", "+j", "2J", "1e3j", "1E-2+1e2J", "inf", "-infj", "nan+nanj", "  7  ", "1_000j", ".5j", "5.-3.j"]:
    print(repr(s), complex(s))


class C:
    def __complex__(self):
        return 5 + 6j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
