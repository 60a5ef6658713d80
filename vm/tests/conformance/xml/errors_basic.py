# Malformed documents raise ExpatError with Expat's message, code and place.
import pyexpat

cases = [
    b"", b"  ", b"<a", b"<a>", b"<a></b>", b"<a><b></a>", b"<a>&foo;</a>", b"<a/><b/>",
    b"<a/>x", b"<a x='1' x='2'/>", b"<a>&#0;</a>", b"<a>&#x110000;</a>", b"<a><</a>",
    b"<1/>", b"<a>]]></a>", b"<a x=1/>", b"<a x='<'/>", b"<!-- a -- b --><a/>",
    b"<a>\xff</a>", b"<a>&amp</a>", b"<a>&#65</a>", b"<a x='&e;'/>", b"<a></ a>",
    b"<a><!-- c", b"<a><?p", b"<!DOCTYPE", b"<a x='1", b"<a>&amp;", b"x",
    b"<a x='1'y='2'/>", b"<a>& </a>", b"<a><!x></a>", b"<a><![CDATA[ab",
]
for doc in cases:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
        print(doc, "ok")
    except pyexpat.ExpatError as e:
        print(doc, e.code, e.lineno, e.offset, e, p.ErrorByteIndex)
