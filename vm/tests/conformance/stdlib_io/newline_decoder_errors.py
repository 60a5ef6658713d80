# Wrong arguments and a wrapped "decoder" that returns bytes.
import io


class BytesOut:
    def decode(self, data, final=False):
        return bytes(data)


for make in [lambda: io.IncrementalNewlineDecoder(None, True).decode(b"x"),
             lambda: io.IncrementalNewlineDecoder(BytesOut(), True).decode(b"y")]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


class Upper:
    """A stand-in incremental decoder: its state is what it was given last."""

    def __init__(self):
        self.last = b""

    def decode(self, data, final=False):
        self.last = data
        return data.decode("ascii").upper()

    def getstate(self):
        return (self.last, 3)

    def setstate(self, state):
        self.last = state[0]
        print("setstate", state)

    def reset(self):
        print("reset")


d = io.IncrementalNewlineDecoder(Upper(), translate=True)
print(repr(d.decode(b"ab\r\ncd\r")))
print(d.getstate(), repr(d.newlines))
d.setstate((b"zz", 7))
print(repr(d.decode(b"", final=True)))
d.reset()
print(repr(d.newlines))
