# Registering a class with an ABC that carries the sequence or mapping flag gives that
# class (and its subclasses, earlier or later) the flag `match` reads.
from abc import ABCMeta
class MySeq(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5
class MyMap(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6
def kind(x):
    match x:
        case []:
            return "seq"
        case {}:
            return "map"
    return None
class Parent:
    pass
class Pre(Parent):
    pass
MySeq.register(Parent)
class Post(Parent):
    pass
print([kind(c()) for c in (Parent, Pre, Post)])
class Other:
    pass
MyMap.register(Other)
MySeq.register(Other)
class Sub(Other):
    pass
print(kind(Other()), kind(Sub()), kind(object()))
print(kind(MySeq()), kind(MyMap()))
