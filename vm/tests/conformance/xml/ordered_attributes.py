# ordered_attributes gives a flat list in document order.
import pyexpat

for ordered in (False, True):
    p = pyexpat.ParserCreate()
    p.ordered_attributes = ordered
    print(p.ordered_attributes)
    p.StartElementHandler = lambda name, attrs: print(name, attrs)
    p.Parse(b"<e z='1' a='2' m='3'><f/></e>", True)
