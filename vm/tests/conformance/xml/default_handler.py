# Markup without a handler of its own goes to the default handler, as written.
import pyexpat

for name in ("DefaultHandler", "DefaultHandlerExpand"):
    p = pyexpat.ParserCreate()
    setattr(p, name, lambda t: print(repr(t)))
    p.StartElementHandler = lambda n, a: print("start", n)
    p.Parse(b"<?xml version='1.0'?>\n<!-- c -->\n<a x='1'>t&amp;<?p?><![CDATA[d]]></a>\n", True)
    print("--")
