# buffer_text joins character data until another handler runs or Parse returns.
import pyexpat

out = []
p = pyexpat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = out.append
p.Parse(b"<a>1<b/>&lt;2&gt;<c/>&#32;\n&#x20;3</a>", True)
print(out)

out = []
p = pyexpat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = out.append
p.StartElementHandler = lambda n, a: out.append("<" + n + ">")
p.Parse(b"<a>1<b/>2\n3<c/>4</a>", True)
print(out)

out = []
p = pyexpat.ParserCreate()
p.buffer_text = True
p.buffer_size = 4
print(p.buffer_size, p.buffer_used)
p.CharacterDataHandler = out.append
p.Parse(b"<a>ab", False)
print(out, p.buffer_used)
p.Parse(b"cdefgh</a>", True)
print(out)
