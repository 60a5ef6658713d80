# The writer's file argument, writerows and attributes.
import _csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return "wrote %d" % len(s)

s = Sink()
w = _csv.writer(s, delimiter="\t")
print(w.writerow(["a", "b"]))
print(w.writerows([["c"], ("d", "e"), iter(["f"])]))
print(s.parts)
print(w.dialect.delimiter, type(w).__name__)
for bad in [(), (1,), (s, "nope"), (s, None, 3)]:
    try:
        _csv.writer(*bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    w.writerows(None)
except TypeError as ex:
    print("TypeError", ex)
try:
    w.writerows([None])
except _csv.Error as ex:
    print("Error", ex)
try:
    _csv.Writer()
except TypeError as ex:
    print("TypeError", ex)
try:
    w.dialect = None
except AttributeError as ex:
    print("AttributeError", ex)

class Broken:
    def write(self, s):
        raise OSError("disk full")
try:
    _csv.writer(Broken()).writerow(["x"])
except OSError as ex:
    print("OSError", ex)

def gen():
    yield "a"
    raise ValueError("bad field")
try:
    _csv.writer(s).writerow(gen())
except ValueError as ex:
    print("ValueError", ex)
