# Without translation the line ends pass through, but are still recorded in `newlines`.
import io

d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.newlines))
print(repr(d.decode("one\ntwo\r")))
print(repr(d.newlines), d.getstate())
print(repr(d.decode("\nthree\r")))
print(repr(d.newlines), d.getstate())
print(repr(d.decode("four", True)))
print(repr(d.newlines), d.getstate())
d.reset()
print(repr(d.newlines), d.getstate())
print(repr(d.decode("only\rcr\r", final=True)), repr(d.newlines))
