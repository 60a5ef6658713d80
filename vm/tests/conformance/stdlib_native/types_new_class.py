# types.new_class, prepare_class, resolve_bases, SimpleNamespace and the descriptor types.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}


C = types.new_class("C", (object,), {"metaclass": Meta}, lambda ns: ns.update(x=1))
print(C.__name__, type(C).__name__, C.x, C.prepared)
print(types.prepare_class("D", (int,))[0].__name__)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((Entry(), int)))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b="two", c=3), vars(ns))


class S:
    __slots__ = ("a",)


def outer():
    v = 1
    return (lambda: v).__closure__[0]


print(isinstance(S.a, types.MemberDescriptorType), isinstance(outer(), types.CellType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(outer.__code__, types.CodeType))
