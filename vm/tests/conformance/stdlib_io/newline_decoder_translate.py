# io.IncrementalNewlineDecoder over str input: "\r" held back across chunks, translation.
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
for chunk in ["a\r", "\nb\r", "c\n", "d\r\n", "\r", ""]:
    print(repr(d.decode(chunk)), d.getstate(), repr(d.newlines))
print(repr(d.decode("", final=True)), d.getstate(), repr(d.newlines))
print(repr(d.decode("x\r", final=True)), repr(d.newlines))
