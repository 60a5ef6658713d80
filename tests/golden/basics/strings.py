# str operations: building, indexing, slicing and the common methods.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::-1], s[1:10:2])
print(s + "!", s * 0, "ab" * 3, "-" * 10)
print(s.upper(), s.lower(), s.find("o"), s.find("z"), s.count("l"))
print(s.replace("l", "L"), s.startswith("Hell"), s.endswith("x"))
print("  padded  ".strip() + "|", "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip() + "|")
print("a,b,,c".split(","), "one two  three".split(), "-".join(["x", "y", "z"]))
print("o" in s, "World" in s, "world" not in s)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "abc" == "abc")
print(str(42), str(-1.5), str(None), str(True), str([1, "a"]))
print(ord("A"), chr(97), chr(0x263A))
print("Python".center(12, "*"), "7".zfill(3), "ab".ljust(5) + "|", "ab".rjust(5))
print("hello world".title(), "Hello".swapcase(), "abc".isalpha(), "123".isdigit())
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[2], sorted(words)[0], max(words, key=len))
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc)
print("caf\u00e9", len("caf\u00e9"), "\u00e9".upper())
print("%d items cost %.2f" % (3, 9.5), "%s and %r" % ("x", "y"))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "cd"))
