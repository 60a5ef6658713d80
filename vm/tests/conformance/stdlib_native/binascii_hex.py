# binascii's hex conversions: separators, grouping from either side, and their errors.
import binascii

data = bytes(range(0, 250, 37))
print(binascii.hexlify(data))
print(binascii.b2a_hex(data, "-"))
print(binascii.hexlify(data, b":", 2))
print(binascii.hexlify(data, ":", -2))
print(binascii.hexlify(data, sep=" ", bytes_per_sep=3))
print(binascii.hexlify(bytearray(b"xyz"), "_", 0))
print(binascii.hexlify(memoryview(b"\x00\xff")))
print(binascii.unhexlify(b"00ff7F"), binascii.a2b_hex("DeadBeef"))
print(binascii.unhexlify(bytearray(b"")))

def attempt(expr):
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

for expr in [
    'binascii.unhexlify("abc")',
    'binascii.unhexlify("zz")',
    'binascii.unhexlify("\u00e9")',
    'binascii.unhexlify(3)',
    'binascii.hexlify("text")',
    'binascii.hexlify(b"ab", "--")',
    'binascii.hexlify(b"ab", "")',
    'binascii.hexlify(b"ab", [1])',
    'binascii.hexlify(b"ab", None)',
    'binascii.hexlify(b"ab", "\u20ac")',
    'binascii.hexlify(b"ab", "-", 2**40)',
    'binascii.hexlify()',
    'binascii.hexlify(b"", b"", 1, 2)',
    'binascii.hexlify(b"", x=1)',
    'binascii.unhexlify(hexstr="00")',
]:
    attempt(expr)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
print(issubclass(binascii.Incomplete, Exception), binascii.Incomplete.__name__)
