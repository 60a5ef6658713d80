# Sorting and sequence comparison consult a str subclass's own __lt__/__eq__, also inside
# tuples and lists; exact strs, numbers and tuples of them keep Python's order.
class Backwards(str):
    def __lt__(self, other):
        return str.__lt__(other, self)


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    __hash__ = str.__hash__


print(sorted([Backwards('a'), Backwards('c'), Backwards('b')]))
print(sorted([(Backwards('x'), 1), (Backwards('y'), 0)]))
print((Backwards('x'), 1) < (Backwards('y'), 0), [Backwards('x')] < [Backwards('y')])
print((Caseless('A'), 1) == (Caseless('a'), 1), [Caseless('B')] == [Caseless('b')])
print(sorted([('b', 2), ('a', 3), ('a', 1.5), ('a', -1)]))
print(sorted([3, 1.5, -2, 2**52, 2**60], reverse=True))
print(sorted([(1, 'a'), (1,), (0, 'z', 'q')]))
print(sorted(['b', 'a', 'é', 'z', 'ab']))
print(sorted([(2, ('b', 1)), (2, ('a', 5)), (-1, ('z', 0))], key=lambda t: (-t[0], t[1])))
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
try:
    sorted([(1, 'a'), ('x', 2)])
except TypeError as e:
    print(type(e).__name__, e)
