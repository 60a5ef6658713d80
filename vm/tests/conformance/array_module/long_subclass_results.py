# int methods on subclasses: as_integer_ratio gives exact ints; from_bytes builds the
# subclass (calling it), bool.from_bytes a bool.
class myint(int):
    pass
class Loud(int):
    def __new__(cls, value):
        print('Loud.__new__', value)
        return super().__new__(cls, value)
for value in [10, -10, True, False, myint(42), 2**70]:
    n, d = value.as_integer_ratio()
    print(n, d, type(n).__name__, type(d).__name__)
print(type(myint.from_bytes(b'\x00', 'big')).__name__, myint.from_bytes(b'\x01\x00', 'little'))
print(Loud.from_bytes(b'\x01\x02', 'big'))
print(bool.from_bytes(b'\x00\x01', 'big'), int.from_bytes([255, 255], 'big', signed=True))
