# UTF-16 documents, with and without a byte order mark, fed whole or byte by byte.
import pyexpat

def run(data, pieces=False):
    p = pyexpat.ParserCreate()
    p.StartElementHandler = lambda n, a: print("start", n, a, p.CurrentByteIndex)
    p.CharacterDataHandler = lambda t: print("data", repr(t))
    if pieces:
        for i in range(len(data)):
            p.Parse(data[i:i + 1])
        p.Parse(b"", True)
    else:
        p.Parse(data, True)

doc = "<?xml version='1.0' encoding='utf-16'?><r k='\u00e9'>\u20ac\U0001F600</r>"
run(doc.encode("utf-16"))
run(doc.encode("utf-16-le"))
run(doc.encode("utf-16-be"), True)
run("\ufeff<a>bom</a>".encode("utf-8"))
