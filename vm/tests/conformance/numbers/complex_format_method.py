# complex.__format__ and three-argument pow with complex numbers.
z = 1.5 + 0.5j
print(z.__format__(""), z.__format__(".2f"), z.__format__("^20"), format(-0j, ""))
for spec in ["010f", "=20", "d", "x"]:
    try:
        z.__format__(spec)
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    complex.__format__(1.5, "")
except TypeError as e:
    print(type(e).__name__, e)
for args in [(1 + 1j, 1 + 1j, 1 + 1j), (2, 1j, 3), (1j, 2, 3), (2, 3, 1j)]:
    try:
        pow(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    pow(2.0, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
