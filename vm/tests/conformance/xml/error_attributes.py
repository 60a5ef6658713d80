# The parser's error attributes before and after an error; the error repeats.
import pyexpat

p = pyexpat.ParserCreate()
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
try:
    p.Parse(b"<doc>\n  <open>\n</doc>", True)
except pyexpat.error as e:
    print(type(e).__name__, e.args, e.code, e.lineno, e.offset)
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
print(pyexpat.ErrorString(p.ErrorCode))
print(pyexpat.error is pyexpat.ExpatError, issubclass(pyexpat.ExpatError, Exception))
print(pyexpat.ExpatError)
