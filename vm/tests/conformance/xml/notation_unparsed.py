# Notation and unparsed entity declarations.
import pyexpat

p = pyexpat.ParserCreate()
p.NotationDeclHandler = lambda *a: print("notation", a)
p.UnparsedEntityDeclHandler = lambda *a: print("unparsed", a)
p.EntityDeclHandler = lambda *a: print("entity", a)
p.Parse(b"""<!DOCTYPE a [
<!NOTATION n1 SYSTEM 'viewer'>
<!NOTATION n2 PUBLIC '-//pub'>
<!NOTATION n3 PUBLIC '-//pub'  'sys'>
<!ENTITY img SYSTEM 'img.gif' NDATA n1>
<!ENTITY pub PUBLIC '-//A  B//EN' 'pub.xml'>
]><a/>""", True)
