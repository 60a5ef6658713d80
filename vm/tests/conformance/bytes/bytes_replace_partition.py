# replace / partition / rpartition / removeprefix / removesuffix on bytes
b = b"one two one two"
print(b.replace(b"one", b"1"), b.replace(b"one", b"1", 1), b.replace(b"", b"-"), b.replace(b"", b"-", 2), b.replace(b"zz", b"y"))
print(b.partition(b" "), b.rpartition(b" "), b.partition(b"x"), b.rpartition(b"x"))
print(b.removeprefix(b"one "), b.removesuffix(b" two"), b.removeprefix(b"x"), bytearray(b"abc").removeprefix(b"a"))
for call in [lambda: b.replace("a", "b"), lambda: b.partition(""), lambda: b.partition(b""), lambda: b.removeprefix("a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
