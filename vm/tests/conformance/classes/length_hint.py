import operator
class H:
    def __length_hint__(self): return 7
class L:
    def __len__(self): return 3
    def __length_hint__(self): return 99
class N:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(H()), operator.length_hint(L()), operator.length_hint(N(), 5))
print(operator.length_hint([1, 2]), operator.length_hint(object(), 4))
class Bad:
    def __length_hint__(self): return -1
try:
    operator.length_hint(Bad())
except ValueError as e:
    print(type(e).__name__, e)
class Bad2:
    def __length_hint__(self): return "x"
try:
    operator.length_hint(Bad2())
except TypeError as e:
    print(type(e).__name__, e)
