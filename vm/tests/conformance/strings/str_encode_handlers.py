# str.encode with each codec and error handler
s = "a\xe9\u20ac\U0001f600z"
for enc in ["utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1", "Latin1"]:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, errors, s.encode(enc, errors))
print("caf\xe9".encode())
print("caf\xe9".encode(encoding="latin-1"))
print("x".encode("ascii", errors="strict"))
print("abc".encode("ascii", "no-such-handler"))
