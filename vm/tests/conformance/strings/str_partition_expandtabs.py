# partition / rpartition, expandtabs column handling
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"))
print("\u20ac=\xe9".partition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tbc\tdef\tg".expandtabs()))
print(repr("a\tb\nc\td".expandtabs(4)))
print(repr("ab\tc".expandtabs(0)), repr("\t".expandtabs(-1)), repr("x\r\ty".expandtabs(3)))
print(repr("\xe9\tx".expandtabs(tabsize=2)))
