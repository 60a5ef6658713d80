# str.translate with dict tables: ints, strs, None, missing keys kept
table = {ord("a"): "4", ord("e"): 3, ord("o"): None}
print("hello world, banana".translate(table))
print("abc".translate({}))
print("abc".translate({97: "XYZ", 99: ""}))


class Upper:
    def __getitem__(self, cp):
        if cp == ord("x"):
            raise LookupError
        return chr(cp).upper()


print("abxcd".translate(Upper()))
# a list works as a table too (IndexError is a LookupError)
print("\x00\x01\x05".translate(["A", "B"]))
for bad in [{97: 0x110000}, {97: 1.5}, {97: -1}, {97: b"x"}]:
    try:
        "abc".translate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate(5)
except TypeError as e:
    print(type(e).__name__, e)
