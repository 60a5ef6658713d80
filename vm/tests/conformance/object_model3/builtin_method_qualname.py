# Builtin methods have their type's name in __qualname__; builtin functions do not.
import time

print(len.__qualname__, time.time.__qualname__, print.__qualname__)
print(dict.fromkeys.__qualname__, str.maketrans.__qualname__, bytes.maketrans.__qualname__)
print([1, 2].append.__qualname__, {"a": 1}.pop.__qualname__, list.append.__qualname__)
print(int.__add__.__qualname__, str.lower.__qualname__, (1).__add__.__qualname__)
print(float.__getformat__.__qualname__, object.__init__.__qualname__)


class L(list):
    pass


print(L().append.__qualname__, L.append.__qualname__)
print(list.append.__objclass__, dict.get.__objclass__, list.__add__.__objclass__, str.join.__objclass__)
for f in (len,):
    try:
        f.__objclass__
    except AttributeError as e:
        print(type(e).__name__, e)
