# Attributes declared with a type other than CDATA are trimmed and their spaces collapsed.
import pyexpat

p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse(b"""<!DOCTYPE doc [
<!ATTLIST e id ID #IMPLIED names NMTOKENS '  x   y  ' text CDATA #IMPLIED kind (a|b) #IMPLIED>
]>
<doc><e id='  i1 ' names=' p  q ' text='  t  u ' kind=' a'/><e/></doc>""", True)
