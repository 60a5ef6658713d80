# The XML declaration goes to XmlDeclHandler; misplaced or malformed ones are errors.
import pyexpat

for doc in [b"<?xml version='1.0'?><a/>", b'<?xml version="1.0" encoding="utf-8" standalone="yes"?><a/>',
            b"<?xml version='1.0' standalone='no'?><a/>", b"<a/>"]:
    p = pyexpat.ParserCreate()
    p.XmlDeclHandler = lambda *a: print(a)
    p.Parse(doc, True)
for doc in [b"<?xml?><a/>", b" <?xml version='1.0'?><a/>", b"<?xml version='1.0'?><?xml version='1.0'?><a/>",
            b"<?xml encoding='utf-8'?><a/>", b"<?xml version='1.0' standalone='maybe'?><a/>"]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
        print(doc, "ok")
    except pyexpat.ExpatError as e:
        print(doc, e.code, e)
