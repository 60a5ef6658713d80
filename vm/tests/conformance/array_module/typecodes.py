# Every typecode: its item size, a value round trip, and the module's constants.
import array
print(array.typecodes, array.ArrayType is array.array)
print(array.array, array.array.__name__, array.array.__module__)
samples = {'b': -5, 'B': 200, 'u': 'z', 'h': -300, 'H': 60000, 'i': -70000, 'I': 4000000000,
           'l': -2**40, 'L': 2**63, 'q': -2**62, 'Q': 2**64 - 1, 'f': 1.5, 'd': 0.1}
for code in array.typecodes:
    a = array.array(code, [samples[code]])
    print(code, a.typecode, a.itemsize, a[0], a)
