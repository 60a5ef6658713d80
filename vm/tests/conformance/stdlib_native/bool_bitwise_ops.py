# `&`, `|` and `^` of two bools give a bool; with an int they give an int.
import operator
for a in (False, True):
    for b in (False, True):
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__)
print(True & 1, type(True & 1).__name__, 1 | False, type(1 | False).__name__, True ^ 3)
print(operator.and_(True, False), operator.or_(False, True), operator.xor(True, True))
x = True
x &= False
y = False
y |= True
z = True
z ^= True
print(x, y, z)
print(bool.__and__(True, False), True.__or__(False), True.__xor__(1), True.__rand__(False))
print(True + True, True - False, ~True, -True)
