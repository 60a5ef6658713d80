# Edges of the ASCII and short-text fast paths in str building, searching and formatting.

# Case mappings on ASCII and non-ASCII text.
for s in ["hello world", "HeLLo 1st2nd x-y", "", "a", "ß straße", "ǆemal ﬁsh", "ΣΑΣ ΟΔΟΣ", "x" * 30 + "Yz"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep="|")

# Strip with and without a set, ASCII and not.
for s in ["  a b  ", "\x1c\x1d x \x1e\x1f", "\u3000x\u3000", "xxhixx", "éhié", "0007", "   ", ""]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xé0")), repr(s.strip("")))

# Split: whitespace with and without a limit (the rest keeps its trailing space), one
# ASCII byte, a non-ASCII character, a longer separator.
for s in ["  a b  c  ", "a,b,,c,", ",", "", "é,x,é", "a\x1cb\x0bc", "x\u2003y z"]:
    print(s.split(), s.split(None, 1), s.split(","), s.split(",", 1), s.split("é"), s.split(",b"))

# Searches for one character, short and long haystacks.
long = "ab" * 40 + "c" + "ab" * 40
for hay in ["abcabc", long, "éaéb", "x" * 47 + "y", "x" * 48 + "y"]:
    print(hay.find("c"), hay.rfind("a"), hay.count("b"), "y" in hay, hay.find("b", 3), hay.count("é"))

# Replace one ASCII character, by ASCII and not.
for s in ["banana", "b" * 30, "éa", ""]:
    print(s.replace("a", "4"), s.replace("a", "é"), s.replace("b", ""), s.replace("a", "4", 1))

# Joins short and long, concatenation across the 24-byte inline limit.
print("-".join(["a", "b", "c"]), "".join(["x" * 12, "y" * 12]), "".join(["x" * 12, "y" * 13]), "é".join(["a", "b"]))
s = ""
for i in range(30):
    s += chr(97 + i % 26)
    if i in (22, 23, 24, 25):
        print(len(s), s)

# Padding and zfill.
print("ab".center(7, "*"), "ab".center(8, "é"), "ab".ljust(5, "."), "ab".rjust(5), "-42".zfill(6), "+7".zfill(4), "é".zfill(3), "x".zfill(0))

# Fixed-point formatting: values the short path settles and values left to the exact one.
for v in [0.0, -0.0, 2.5, 0.125, 2.675, 1.005, 123.375, 1e15, 4503599627370495.5, 1e-7, 0.1, 9.995]:
    print(f"{v:.0f} {v:.2f} {v:.3f} {v:.15f}", "%.1f %+.4f %10.3f" % (v, v, v), format(v, ".2%"))

# Format-spec padding and %-formatting.
print(f"{42:07d}|{-42:07d}|{42:<7d}|{42:^7d}|{42:*^8}|{'ab':>5}|{3.5:=+9.2f}|{12345678:,}|{'é':é^5}")
print("%s-%s-%d" % ("a", "b", 3), "%5s|%-5s|%05d|%x|%#o|%%|%c|%r|%.2s" % ("ab", "cd", 42, 255, 8, 65, "q", "xyz"))
print("%(a)s %(b)05.1f" % {"a": 1, "b": 2.25}, "é%sé" % "ü", "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for bad in [("%d %d", (1,)), ("%y", (1,)), ("é%y", (1,)), ("%", ())]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str(-123), str(0), str(2 ** 63 - 1), str(-(2 ** 63)))

# Indexing and slicing short and long non-ASCII text, walking forwards and backwards.
for t in ["café", "ab№cd" * 9, "x" * 31 + "é", "😀aé" * 12]:
    fwd = "".join(t[i] for i in range(len(t)))
    back = "".join(t[i] for i in range(len(t) - 1, -1, -1))
    print(fwd == t, back == t[::-1], t[3:7], t[-5:], t.find("é", 2), t.find("a", 1, 20), t.rfind("a"))
