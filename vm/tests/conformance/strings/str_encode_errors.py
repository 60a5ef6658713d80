# UnicodeEncodeError / LookupError messages from str.encode
cases = [
    ("a\xe9", "ascii", "strict"),
    ("a\xe9\xe8b", "ascii", "strict"),
    ("\u20ac", "latin-1", "strict"),
    ("ab\U0001f600", "ascii", "strict"),
    ("x\u0100\u0101y\u0102", "latin-1", "strict"),
    ("abc", "no-such-codec", "strict"),
    ("\xe9", "ascii", "bogus"),
]
for text, enc, errors in cases:
    try:
        print(text.encode(enc, errors))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
        print(isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    "x".encode(5)
except TypeError as e:
    print(type(e).__name__, e)
