# More str methods: splitting variants, partition, searching from offsets, stepping slices.
s = "a,b,,c,d"
print(s.split(",", 2), s.rsplit(",", 2), s.split(",", 0), "  a  b  ".split(None, 1))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="))
print("line1\nline2\r\nline3".splitlines(), "abcabc".find("c", 3), "abcabc".rfind("a"))
print("abcabc".index("b"), "abcabc".count("abc"), "aaaa".count("aa"), "abc".count(""))
t = "0123456789"
print(t[::3], t[8:2:-2], t[-3:], t[:-7], t[100:], t[-100:2], t[5:5], t[::-1][::2])
print("Hello"[1:4].upper(), "x".join("abc"), ", ".join([]), "ab".join(["1", "2", "3"]))
print("  \t spaced\n ".strip(), "xyxhixyx".strip("xy"), "hello".replace("l", "L", 1))
print("Title Case Words".istitle(), "UPPER".isupper(), "lower".islower(), " ".isspace())
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "defg"), "%d%%" % 50, "%x %o %c" % (255, 8, 65))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "s"), "{0}-{0}".format("rep"))
print("{name} is {age}".format(name="Ann", age=30), "{:05d} {:+d}".format(42, 7))
print("tab\tstop".expandtabs(4), "ß".upper(), "ǅ".lower(), "straße".casefold())
print("a" < "B", "apple" > "app", "é" > "z", min("hello"), sorted("Hello World"))
print("abc" * -1, "abc" * 0, repr("abc"[1:1]), "x" in "", "" in "x")
