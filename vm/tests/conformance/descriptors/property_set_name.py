# property.__set_name__ records the attribute name used in the AttributeError for a
# missing accessor; a property stored after class creation has no name. The type is
# named by its qualified name.


class Outer:
    class Inner:
        named = property()


Outer.Inner.unnamed = property()
obj = Outer.Inner()
for attr in ("named", "unnamed"):
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                getattr(obj, attr)
            elif op == "set":
                setattr(obj, attr, 1)
            else:
                delattr(obj, attr)
        except AttributeError as e:
            print(type(e).__name__, e)

p = property()
for n in (0, 1, 3):
    try:
        p.__set_name__(*([0] * n))
    except TypeError as e:
        print(type(e).__name__, e)
p.__set_name__(Outer, "late")
Outer.later = p
try:
    Outer().later
except AttributeError as e:
    print(e)
# Copies keep the name.
q = p.setter(lambda self, v: None)
Outer.copy = q
try:
    Outer().copy
except AttributeError as e:
    print(e)
Outer().copy = 5
# Through the descriptor methods directly.
try:
    Outer.Inner.__dict__["named"].__get__(obj, Outer.Inner)
except AttributeError as e:
    print(e)
try:
    Outer.Inner.__dict__["unnamed"].__set__(obj, 1)
except AttributeError as e:
    print(e)
