# The error attributes give the current place during handlers, as Expat's do, and
# where parsing stopped after an error.
import pyexpat

p = pyexpat.ParserCreate()
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorByteIndex)
def default(text):
    print("default", repr(text), p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex, p.ErrorCode)
p.DefaultHandlerExpand = default
p.Parse(b"<!DOCTYPE doc SYSTEM 'doc.dtd'><doc>\n&ldots;&ndots;</doc>", True)
for doc in [b"foobar<", b"foobar", b"foo bar<a/>", b"ab<a/>", b"<a/>foo<", b"foo\n<", b"<a/>foo"]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        print(doc, e, p.CurrentColumnNumber, p.ErrorColumnNumber, p.ErrorCode)
p = pyexpat.ParserCreate()
print(p.Parse(b"foobar", False), p.CurrentColumnNumber)
