# Items of the wrong type: TypeError texts for int, float and unicode arrays; __index__
# and __float__ are honoured.
import array
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
for code, v in [('i', 1.5), ('i', 'x'), ('i', None), ('B', 2.0), ('Q', 1.0), ('d', 'x'),
                ('f', None), ('u', 'ab'), ('u', 5), ('i', Idx()), ('d', Flt()), ('d', Idx()),
                ('f', 10**400), ('h', True)]:
    try:
        print(code, array.array(code, [v]))
    except Exception as e:
        print(code, type(e).__name__, e)
