# A text wrapper subclass over a BufferedWriter over a BytesIO, the way CPython's
# test_argparse captures output: constructed through super().__init__, an instance of its
# own class, and its own methods used by its callers.
import io


class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial_value='', newline='\n'):
        initial_value = initial_value.encode('utf-8')
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value)), 'utf-8', newline=newline)

    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')


s = StdIOBuffer()
print(type(s).__name__, isinstance(s, StdIOBuffer), isinstance(s, io.TextIOWrapper))
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
s.write("hi\n")
s.write("second line\n")
print(repr(s.getvalue()))
print(s.encoding, s.errors, s.line_buffering, s.writable(), s.readable())
print(type(s.buffer).__name__, type(s.buffer.raw).__name__)

t = StdIOBuffer("start:", newline="\r\n")
t.write("a\nb\n")
print(repr(t.getvalue()))

# A subclass that counts writes: print goes through its write.
class Counting(StdIOBuffer):
    writes = 0

    def write(self, text):
        Counting.writes += 1
        return super().write(text)


c = Counting()
print("x", 1, file=c)
print(Counting.writes, repr(c.getvalue()))
c.close()
print(c.closed)
try:
    c.write("late")
except ValueError as e:
    print("ValueError", e)
