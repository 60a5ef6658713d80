class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def double(self): return MyInt(self * 2)
m = MyInt(21)
print(type(m).__name__, m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int))
print(m == 21, hash(m) == hash(21), {21: "x"}[m], {m: "y"}[21], bool(MyInt(0)), bool(m))
print([10, 20, 30][MyInt(1)], list(range(MyInt(3))), "ab" * MyInt(2), str(m), f"{m:>6}")
class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))
    def __add__(self, o): return Money(int(self) + int(o))
    def __str__(self): return f"${int(self) / 100:.2f}"
    def __lt__(self, o): return int(self) > int(o)
a = Money(150.4)
print(a, a + Money(50), type(a + 1).__name__, 1 + a, a < Money(10), sorted([Money(1), Money(3), Money(2)]))
big = MyInt(10 ** 30)
print(big + 1, type(big).__name__, int(big) == 10 ** 30, -m, abs(MyInt(-3)), m // 4, m % 4, m ** 2)
class Flag(int): pass
print(Flag(5) & 3, Flag(1) << 3, divmod(Flag(7), 2), int.__add__(Flag(2), 3), Flag("12", 8))
