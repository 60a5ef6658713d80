# Character data arrives split at line ends and references, as Expat splits it.
import pyexpat

p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda text: print(repr(text), p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.Parse(b"<a>one\ntwo\r\nthree\rfour&amp;five&#65;&#x42;six\n\n</a>", True)
