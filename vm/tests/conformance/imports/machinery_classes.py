# importlib.machinery's FileFinder and SourceFileLoader are the classes the import system
# itself uses (the loaders of specs, the finders in sys.path_importer_cache), with
# CPython's methods: get_data, get_filename, is_package, path_hook, custom loaders.
import importlib.machinery as machinery
import os
import sys

import pkg_basic

here = os.path.dirname(os.path.abspath(__file__))
loader = pkg_basic.__spec__.loader
print(type(loader) is machinery.SourceFileLoader, type(loader).__name__)
print(loader.get_data(pkg_basic.__file__) == open(pkg_basic.__file__, "rb").read())
print(loader.is_package("pkg_basic"), os.path.basename(loader.get_filename("pkg_basic")))
print(any(isinstance(v, machinery.FileFinder) for v in sys.path_importer_cache.values()))

finder = machinery.FileFinder(here)
spec = finder.find_spec("pkg_basic")
print(spec.name, spec.submodule_search_locations is not None, repr(finder) == f"FileFinder({here!r})")
print(finder.find_spec("no_such_module_here"))


class MyLoader(machinery.SourceFileLoader):
    pass


custom = machinery.FileFinder(here, (MyLoader, [".py"]))
print(type(custom.find_spec("pkg_basic").loader).__name__)
hook = machinery.FileFinder.path_hook((MyLoader, [".py"]))
print(type(hook(here)).__name__)
try:
    hook(os.path.join(here, "machinery_classes.py"))
except ImportError as e:
    print("ImportError", e)
made = machinery.SourceFileLoader("m", "/x/m.py")
print(made.get_filename(), made.is_package("m"), made == machinery.SourceFileLoader("m", "/x/m.py"))
