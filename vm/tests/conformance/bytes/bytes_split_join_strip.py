# split / rsplit / splitlines / join / strip on bytes
s = b"  a  b c   d  "
for n in [-1, 0, 1, 2]:
    print(n, s.split(None, n), s.rsplit(maxsplit=n))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a::b".split(sep=b"::"))
print(b"l1\nl2\r\nl3\rl4\x0bl5".splitlines(), b"x\n\ny\r\n".splitlines(keepends=True))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b", ".join(iter([b"x", b"y"])))
print(b"  \t x \n".strip(), b"xxhixx".strip(b"x"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(bytearray(b"ab")))
for call in [lambda: b"a".split("x"), lambda: b"a".split(b""), lambda: b"a".join(["a"]), lambda: b"a".join([1]), lambda: b"a".strip("a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
