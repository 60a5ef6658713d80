# an uncaught UnicodeEncodeError carries CPython's message
words = ["plain", "caf\xe9"]
for w in words:
    print(w.encode("ascii"))
