# What a custom mro() returns is checked: classes only, with a fitting layout.
def attempt(result):
    class Meta(type):
        def mro(cls):
            return result(cls)

    try:
        class X(metaclass=Meta):
            pass
        print("made", [k.__name__ for k in X.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)


attempt(lambda cls: [1])
attempt(lambda cls: [cls, dict, object])
attempt(lambda cls: (cls, object))
attempt(lambda cls: [cls, int, object][::2])
attempt(lambda cls: iter([cls, object]))
