# getstate / setstate carry the pending "\r" in the low bit of the flag.
import io

d = io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("end\r")), d.getstate())
state = d.getstate()
d.reset()
print(d.getstate())
d.setstate(state)
print(repr(d.decode("\nnext")))
d.setstate((b"", 0))
print(repr(d.decode("\r", True)))
print(type(d).__name__, type(d).__module__)
print(d.decode("plain"))
