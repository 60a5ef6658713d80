print(bin(10), oct(10), hex(255), hex(-255))
print(int("ff", 16), int("0b101", 0), int("  12  "), int("1_000"))
print(str(10**30))
try:
    int("12a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("z", 40)
except ValueError as e:
    print(type(e).__name__, e)
