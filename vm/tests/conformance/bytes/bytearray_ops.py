# bytearray operators: += *= + * comparisons; methods return bytearray
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba *= 2
print(ba, alias is ba, ba + b"!", b"!" + ba, 2 * bytearray(b"xy"), bytearray(b"xy") * 0)
print(ba == b"abcdeabcde", bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"b"), bytearray(b"a") != b"a")
x = bytearray(b" Mixed Case ")
for r in [x.upper(), x.strip(), x.split(), x.replace(b"i", b"I"), x.partition(b" "), x.title(), x[1:3], x.zfill(14), bytearray(b"-").join([b"a", b"b"])]:
    print(type(r).__name__, r)
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), list(bytearray(b"ab")), bytearray(b"abc")[1], bytearray(b"abc")[-1])
for call in [lambda: ba + "x", lambda: ba.__iadd__("x"), lambda: ba * "x", lambda: hash(ba), lambda: {ba: 1}]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
