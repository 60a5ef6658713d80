# Attribute-list declarations: defaults are added unless specified_attributes is set.
import pyexpat

doc = b"""<!DOCTYPE a [
<!ATTLIST a x CDATA 'dx' y (p|q) #REQUIRED z CDATA #IMPLIED w CDATA #FIXED 'fw'>
]><a y='p'/>"""
for specified in (False, True):
    p = pyexpat.ParserCreate()
    p.specified_attributes = specified
    p.ordered_attributes = True
    p.AttlistDeclHandler = lambda *a: print("attlist", a)
    p.StartElementHandler = lambda n, a: print("start", n, a)
    p.Parse(doc, True)
