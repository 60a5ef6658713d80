# Single-byte code pages (ASCII below 0x80) encode and decode through their tables.
import os
for enc in ["latin9", "iso8859-15", "cp1252", "koi8_r", "iso8859_7", "mac_roman", "cp437"]:
    data = bytes(range(0xa0, 0xb0))
    try:
        text = data.decode(enc)
        print(enc, ascii(text), text.encode(enc) == data)
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, e)
print("\u20ac".encode("latin9"), b"\xa4".decode("iso-8859-15"), "\u20ac".encode("cp1252"))
try:
    "\u0100".encode("latin9")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.encoding, e.start, e.end, e.reason)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("a\u0100b".encode("latin9", "replace"), b"a\x81b".decode("cp1252", "replace"))
print("x\u0100".encode("cp1252", "xmlcharrefreplace"), b"\x81".decode("cp1252", "ignore") == "")
path = "/tmp/krait_conformance_latin9_%d.txt" % os.getpid()
with open(path, "w", encoding="latin9") as f:
    f.write("\u20ac5 \u0160")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin9") as f:
    print(ascii(f.read()))
try:
    with open(path, "w", encoding="latin9") as f:
        f.write("\u0100")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
os.remove(path)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
