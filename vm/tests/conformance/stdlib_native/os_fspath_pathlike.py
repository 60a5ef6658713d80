# os.fspath and os.PathLike; native path functions accept path-like objects.
import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("a"), os.fspath(b"b"), os.fspath(P("/tmp")))
print(isinstance(P("x"), os.PathLike), issubclass(str, os.PathLike))
print(os.path.isdir(P("/")), os.path.exists(P("/definitely/not/here")))
for bad in [3, P(4)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.getenv("KRAIT_SURELY_UNSET", "dflt"))
print(os.strerror(2), os.strerror(13), os.sep, os.curdir, os.pardir, os.extsep, os.pathsep)
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ)
