# Element declarations give their content models as pyexpat.model describes them.
import pyexpat

p = pyexpat.ParserCreate()
p.ElementDeclHandler = lambda name, model: print(name, model)
p.Parse(b"""<!DOCTYPE a [
<!ELEMENT a ANY>
<!ELEMENT b EMPTY>
<!ELEMENT c (#PCDATA)>
<!ELEMENT d (#PCDATA|a|b)*>
<!ELEMENT e (a,b?,(c|d)+)*>
<!ELEMENT f (a)>
]><a/>""", True)
m = pyexpat.model
print(m.XML_CTYPE_EMPTY, m.XML_CTYPE_ANY, m.XML_CTYPE_MIXED, m.XML_CTYPE_NAME, m.XML_CTYPE_CHOICE, m.XML_CTYPE_SEQ)
print(m.XML_CQUANT_NONE, m.XML_CQUANT_OPT, m.XML_CQUANT_REP, m.XML_CQUANT_PLUS)
