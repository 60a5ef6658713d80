# string's constants, capwords and __all__.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation), len(string.printable))
print(string.capwords(" hello   world "), string.capwords("a-b-c", "-"), string.capwords("ABC def"))
print(sorted(string.__all__))
