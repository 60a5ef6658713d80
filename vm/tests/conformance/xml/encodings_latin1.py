# Documents declared ISO-8859-1 or US-ASCII; ParserCreate's encoding overrides the declaration.
import pyexpat

p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda t: print(repr(t), p.CurrentByteIndex)
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse(b"<?xml version='1.0' encoding='iso-8859-1'?><a x='\xe9'>caf\xe9 \xff</a>", True)

p = pyexpat.ParserCreate(encoding="iso-8859-1")
p.CharacterDataHandler = lambda t: print(repr(t))
p.Parse(b"<a>\xe9</a>", True)

p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda t: print(repr(t))
try:
    p.Parse(b"<?xml version='1.0' encoding='us-ascii'?><a>ok \xe9</a>", True)
except pyexpat.ExpatError as e:
    print(e)
