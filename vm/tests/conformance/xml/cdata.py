# CDATA sections: start and end events around their (line-split) text.
import pyexpat

p = pyexpat.ParserCreate()
p.StartCdataSectionHandler = lambda: print("cdata start", p.CurrentColumnNumber)
p.EndCdataSectionHandler = lambda: print("cdata end", p.CurrentLineNumber, p.CurrentColumnNumber)
p.CharacterDataHandler = lambda t: print("data", repr(t))
p.Parse(b"<a>x<![CDATA[a<b>&amp;\nline]]]]>y</a>", True)
