# round(int, n): any non-negative n leaves the int alone, however large; a negative n
# rounds half to even; the result is always an exact int.
for n in [0, 5, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 2**100, 10**100]:
    print(round(8979323, n), end=' ')
print()
for x, n in [(15, -1), (25, -1), (-25, -1), (8979323, -3), (8979323, -7), (8979323, -8),
             (5, -1), (10**30 + 5 * 10**14, -15), (123, -400), (-123, -5000)]:
    print(x, n, round(x, n))
class myint(int):
    pass
print(type(round(myint(7))).__name__, type(round(myint(7), 2)).__name__, type(round(True)).__name__)
class Two:
    def __index__(self):
        return -1
print(round(1234, Two()))
