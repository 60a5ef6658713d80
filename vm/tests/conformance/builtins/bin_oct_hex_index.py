# bin/oct/hex of ints and of objects with __index__.
class I:
    def __index__(self):
        return 10


print(bin(10), oct(10), hex(10), bin(-5), hex(-255), oct(0), bin(True))
print(bin(I()), oct(I()), hex(I()), hex(2 ** 70))
for call in [lambda: bin(1.5), lambda: hex("a"), lambda: oct(None)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(ascii("é\n"), ascii([1, "ü"]), ascii("plain"))
