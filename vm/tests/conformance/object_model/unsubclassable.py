# Builtin types CPython marks final cannot be subclassed; __flags__ shows which can.
def gen():
    yield


kinds = [type(None), type(NotImplemented), type(Ellipsis), type(len), type(gen),
         type(lambda: 0), type(gen()), bool, range, slice, type(iter([])),
         type({}.keys()), type(iter({}))]
for t in kinds:
    try:
        type("X", (t,), {})
        print(t.__name__, "subclassed")
    except TypeError as e:
        print(type(e).__name__, e, bool(t.__flags__ & (1 << 10)))
for t in (int, list, dict, object, type, Exception):
    print(t.__name__, bool(t.__flags__ & (1 << 10)))


class O:
    pass


for bases in ((O, type(None)), (type(None), O), (object, type(None))):
    try:
        type("X", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
