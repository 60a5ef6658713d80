# Error places count lines (any line end) and columns in characters.
import pyexpat

for doc in [b"<a>\n<b>\n</c></a>", b"<a>\r\n\r\n  <b></a>", "<a>\u00e9\u00e9<</a>".encode(),
            b"<a>\rtext\r<</a>", b"\0\r\n"]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        print(repr(doc), e, "|", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
