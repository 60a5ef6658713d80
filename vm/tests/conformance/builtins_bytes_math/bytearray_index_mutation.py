# A value whose __index__ empties the bytearray being assigned to gives IndexError.
class Boom:
    def __index__(self):
        b.clear()
        return 0

b = bytearray(b"Now you see me...")
try:
    b[0] = Boom()
except IndexError as e:
    print(type(e).__name__, e)
print(b)
