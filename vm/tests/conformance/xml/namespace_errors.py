# Namespace errors: unbound prefixes, undeclaring, the reserved prefixes and names.
import pyexpat

for doc in [b"<a><p:b/></a>", b"<a xmlns:p=''/>", b"<a xmlns:xml='x'/>",
            b"<a xmlns:xmlns='x'/>", b"<a xmlns:p='http://www.w3.org/2000/xmlns/'/>",
            b"<a p:x='1'/>", b"<a xmlns:p='u' xmlns:q='u' p:x='1' q:x='2'/>",
            b"<a xmlns:p='u v'/>"]:
    p = pyexpat.ParserCreate(namespace_separator=" ")
    try:
        p.Parse(doc, True)
        print(doc, "ok")
    except pyexpat.ExpatError as e:
        print(doc, e.code, e)
