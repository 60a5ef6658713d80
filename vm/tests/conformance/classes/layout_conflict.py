# Bases whose instances would need two different builtin payloads conflict.
for bases in [(list, dict), (int, str), (list, object), (int, bool.__mro__[1])]:
    try:
        class X(*bases): pass
        print("ok", X.__mro__[1].__name__)
    except TypeError as e: print(e)
class L(list): pass
class D(dict): pass
try:
    class Y(L, D): pass
except TypeError as e: print(e)
class Z(L, list): pass
print(Z.__mro__[-2].__name__)
class E(KeyError, ValueError): pass
print(E.__mro__[1].__name__)
