# With a separator, names are expanded and namespace declarations reported.
import pyexpat

def run(doc, sep, prefixes=False):
    p = pyexpat.ParserCreate(namespace_separator=sep)
    p.namespace_prefixes = prefixes
    p.StartNamespaceDeclHandler = lambda prefix, uri: print("  ns+", prefix, uri)
    p.EndNamespaceDeclHandler = lambda prefix: print("  ns-", prefix)
    p.StartElementHandler = lambda n, a: print("  start", n, a, p.CurrentColumnNumber)
    p.EndElementHandler = lambda n: print("  end", n, p.CurrentColumnNumber)
    p.Parse(doc, True)
    print("--")

doc = b"<a xmlns='u' xmlns:p='v'><p:b p:x='1' y='2' xml:lang='en'/><c xmlns=''/></a>"
run(doc, " ")
run(doc, "}")
run(doc, "!", True)
run(b"<a:b xmlns:a='urn:a'/>", None)
