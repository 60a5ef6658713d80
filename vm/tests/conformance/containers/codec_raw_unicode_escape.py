# The raw_unicode_escape codec (pickle's protocol 0 writes strs with it).
for s in ["plain", "a\\b", "é\u1234\U0001f600", "\\u0041"]:
    b = s.encode("raw-unicode-escape")
    print(b, b.decode("raw_unicode_escape") == s)
for b in [b"\\\\u0041 \\u0041 \\\\\\u0041", b"\\x41", b"\\U0001F600", b"\xe9"]:
    print(repr(b.decode("raw-unicode-escape")))
for b in [b"\\u12", b"\\U00110000", b"\\u12zz"]:
    try:
        b.decode("raw-unicode-escape")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
print(b"x\\u12".decode("raw_unicode_escape", "replace"))
print(b"x\\u12y".decode("raw_unicode_escape", "ignore"))
print(str(b"\\u00e9", "raw-unicode-escape"))
