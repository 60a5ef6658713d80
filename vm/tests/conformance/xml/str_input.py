# A str given to Parse is read as UTF-8, whatever the declaration says.
import pyexpat

p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda t: print(repr(t), p.CurrentByteIndex)
p.Parse("<?xml version='1.0' encoding='iso-8859-1'?><a>\u00e9\u4e2d</a>", True)

p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse("<a", False)
p.Parse(" k='v'/>", True)
try:
    pyexpat.ParserCreate().Parse(12)
except TypeError as e:
    print(type(e).__name__, e)
