# importlib.abc, importlib.util and importlib.machinery import as submodules.
import importlib
import importlib.abc
import importlib.util
import importlib.machinery
import sys

print(importlib.abc.MetaPathFinder, importlib.abc.ResourceLoader.__mro__[1].__name__)
print(importlib.abc.InspectLoader.__qualname__, importlib.abc.SourceLoader.__module__)
names = ["ExecutionLoader", "FileLoader", "Finder", "InspectLoader", "Loader",
         "MetaPathFinder", "PathEntryFinder", "ResourceLoader", "SourceLoader"]
print([n for n in names if isinstance(getattr(importlib.abc, n), type)])
print("importlib.abc" in sys.modules, importlib.abc is sys.modules["importlib.abc"])


class Finder(importlib.abc.MetaPathFinder, importlib.abc.ResourceLoader):
    def find_spec(self, fullname, path, target=None):
        return None

    def get_data(self, path):
        return b"data"


f = Finder()
print(f.invalidate_caches(), f.get_data("p"))
print(isinstance(f, importlib.abc.Loader), isinstance(f, importlib.abc.MetaPathFinder))
try:
    importlib.abc.ResourceLoader()
except TypeError as e:
    print(type(e).__name__, e)


class Src(importlib.abc.InspectLoader):
    def get_source(self, fullname):
        return "x = 40 + 2\n"


loader = Src()
mod = type(sys)("fake")
loader.exec_module(mod)
print(mod.x, loader.get_code("fake").co_filename)
try:
    loader.is_package("fake")
except ImportError as e:
    print(type(e).__name__)
print(Src.source_to_code("1 + 1", "<here>").co_filename)
