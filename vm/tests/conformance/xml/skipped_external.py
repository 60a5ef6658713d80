# With an external subset, undeclared entities are skipped; external ones are references.
import pyexpat

p = pyexpat.ParserCreate()
p.SkippedEntityHandler = lambda name, is_pe: print("skipped", name, is_pe)
def ext(context, base, system, public):
    print("external", context, base, system, public)
    return 1
p.ExternalEntityRefHandler = ext
p.CharacterDataHandler = lambda t: print("data", repr(t))
p.SetBase("http://example/")
print(p.GetBase())
p.Parse(b"<!DOCTYPE a SYSTEM 'a.dtd' [<!ENTITY x SYSTEM 'x.xml'>]><a>&x;&undeclared;.</a>", True)

p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(b"<!DOCTYPE a [<!ENTITY x SYSTEM 'x.xml'>]><a>&x;</a>", True)
except pyexpat.ExpatError as e:
    print(e.code, e)
