# bytes() and bytearray() read items (and counts) through __index__.
class Indexable:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value

print(bytes([Indexable(0), Indexable(255)]), bytearray([Indexable(65)]))
print(bytes(Indexable(3)), bytearray(Indexable(2)))
for tp in (bytes, bytearray):
    for bad in ([Indexable(-1)], [Indexable(256)], [1.0], ["0"], [None], 1.5, -1):
        try:
            tp(bad)
        except (TypeError, ValueError) as e:
            print(tp.__name__, type(e).__name__, e)

class BadInt:
    def __index__(self):
        1 / 0
for tp in (bytes, bytearray):
    for arg in (BadInt(), [BadInt()]):
        try:
            tp(arg)
        except ZeroDivisionError as e:
            print(tp.__name__, type(e).__name__, e)

b = bytearray(b"abc")
b.append(Indexable(100))
b.insert(0, Indexable(33))
b[1] = Indexable(90)
print(b)
try:
    b.append(Indexable(300))
except ValueError as e:
    print(type(e).__name__, e)
