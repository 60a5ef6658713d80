# print(file=...) to any object with write(); sep/end None and errors.
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


s = Sink()
print("a", 1, [2], sep="-", end="|", file=s)
print(file=s)
print("x", "y", sep=None, end=None, file=s)
print(s.parts)
print("to stdout", file=None, flush=True)
for kw in [{"sep": 5}, {"end": b"x"}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
