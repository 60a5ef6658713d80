# binascii's checksums: CRC-32 (chained, with any int as the start value) and CRC-CCITT.
import binascii

print(binascii.crc32(b""), binascii.crc32(b"hello world"))
part = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", part) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**70 + 5))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.crc_hqx(b"a", -1), binascii.crc_hqx(bytearray(b"abc"), 0x10000 + 7))
for expr in ['binascii.crc32()', 'binascii.crc32(1, 2, 3)', 'binascii.crc_hqx(b"")',
             'binascii.crc32("a")', 'binascii.crc32(b"a", 1.5)', 'binascii.crc32(b"a", crc=1)']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
