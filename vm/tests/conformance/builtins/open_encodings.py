# Text codecs (utf-8, latin-1, ascii) and error handlers, reading and writing.
import os

d = "/tmp/krait_conf_open_encodings_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "e.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.encoding)
    f.write("café €")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open(p, "w", encoding="latin-1") as f:
    f.write("café")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin1") as f:
    print(repr(f.read()))
with open(p, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("aéb")
with open(p) as f:
    print(repr(f.read()))
with open(p, "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
    f.write("€!")
with open(p) as f:
    print(repr(f.read()))
with open(p, "wb") as f:
    f.write(b"ok\xffend")
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(p, errors="replace") as f:
    print(repr(f.read()))
with open(p, errors="ignore") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
