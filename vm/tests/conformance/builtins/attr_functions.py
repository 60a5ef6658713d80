# getattr/setattr/hasattr/delattr, defaults and errors.
class O:
    pass


o = O()
setattr(o, "a", 1)
print(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), hasattr(o, "b"))
delattr(o, "a")
print(hasattr(o, "a"))
for call in [lambda: getattr(o, "a"), lambda: getattr(o, 5), lambda: setattr(o, 5, 1),
             lambda: delattr(o, "nope"), lambda: hasattr(o, None), lambda: getattr(o),
             lambda: setattr(5, "x", 1), lambda: getattr(1, "nope")]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Raiser:
    @property
    def p(self):
        raise ValueError("not attribute error")


try:
    hasattr(Raiser(), "p")
except ValueError as e:
    print(type(e).__name__, e)
