class P:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
print(pow(P(), 2), P() ** 3, pow(P(), 2, 5))
print(pow(2, P()), 2 ** P())
class Q: pass
for args in [(Q(), 2), (2, Q()), (2, 3, Q()), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Q() ** 2
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 10, 1000), pow(3, -1, 7))
x = P()
x **= 2
print(x)
