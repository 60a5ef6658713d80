# A DOCTYPE's internal subset: entity declarations, expanded where referenced.
import pyexpat

p = pyexpat.ParserCreate()
p.StartDoctypeDeclHandler = lambda *a: print("doctype", a)
p.EndDoctypeDeclHandler = lambda: print("end doctype")
p.EntityDeclHandler = lambda *a: print("entity", a)
p.StartElementHandler = lambda n, a: print("start", n, a)
p.EndElementHandler = lambda n: print("end", n)
p.CharacterDataHandler = lambda t: print("data", repr(t))
p.Parse(b"""<!DOCTYPE r [
<!ENTITY e 'v<b/>w'>
<!ENTITY n "&e;&e;">
<!ENTITY c "&#60;&#x41;">
<!ENTITY t 'tt'>
<!ENTITY d "&#x41;&amp;&#9;&t;">
<!ENTITY % pe 'x'>
]>
<r a="[&d;]">&e;|&n;|&t;</r>""", True)
