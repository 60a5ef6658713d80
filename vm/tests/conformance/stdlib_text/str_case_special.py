# Titlecase (ligatures, digraphs, Greek with ypogegrammeni), case folding and final sigma.
for s in ["ﬁnnish", "ﬁNNISH", "ǆemal", "ǅ", "ῳῳ", "ßa", "ŉ", "hello world", "ﬂour ﬀ", "ᾳbc"]:
    print(repr(s.capitalize()), repr(s.title()), repr(s.upper()), repr(s.lower()))
for s in ["ﬁ", "Straße", "ΣΑΣ", "µ", "ǰ", "İ", "ﬃ", "ΐ", "ẞ", "Ꭰ"]:
    print(repr(s.casefold()), s.casefold() == s.lower())
for s in ["AΣ", "AΣb", "ΣA", "Σ", "AΣ.", "A.Σ", "ΑΣ ΣΑ", "aΣ'", "AιΣ", "ὈΔΥΣΣΕΎΣ"]:
    print(repr(s.swapcase()), repr(s.lower()), repr(s.capitalize()))


class S(str):
    pass


for name, args in [("strip", ()), ("lstrip", ("x",)), ("rstrip", ()), ("zfill", (2,)), ("ljust", (1,)),
                   ("rjust", (2,)), ("center", (0,)), ("removeprefix", ("z",)), ("removesuffix", ("z",))]:
    obj = S("abc")
    r = getattr(obj, name)(*args)
    print(name, repr(r), type(r).__name__, r is obj, getattr("abc", name)(*args) == r)
