# center / ljust / rjust / zfill / expandtabs on bytes and bytearray
print(b"ab".center(6, b"*"), b"abc".center(6), b"ab".ljust(4, b"."), b"ab".rjust(4), b"-5".zfill(4), b"x".zfill(0))
print(bytearray(b"ab").center(5, b"-"), bytearray(b"7").zfill(3), b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(tabsize=2))
for call in [lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"), lambda: b"a".ljust(3, b""), lambda: b"a".zfill("x"), lambda: b"x".expandtabs("a")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
