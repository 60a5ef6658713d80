# sys.meta_path, sys.path_hooks and sys.path_importer_cache are honoured: user finders
# are asked in order, their specs loaded through create_module/exec_module, and path
# hooks make finders for sys.path entries.
import sys
import importlib.machinery
import importlib.util

print(importlib.machinery.BuiltinImporter in sys.meta_path)
print(importlib.machinery.PathFinder in sys.meta_path)
print(callable(sys.path_hooks[-1]), type(sys.path_importer_cache).__name__)


class Loader:
    def __init__(self, value):
        self.value = value

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = self.value
        print("exec", module.__name__, module.__spec__.name, module.__loader__ is self,
              repr(module.__package__))


class Finder:
    def find_spec(self, fullname, path, target=None):
        if fullname.startswith("virtual"):
            print("find", fullname, path)
            return importlib.util.spec_from_loader(fullname, Loader(len(fullname)))
        return None


finder = Finder()
sys.meta_path.insert(0, finder)
import virtual_mod
print(virtual_mod.value, virtual_mod.__name__, "virtual_mod" in sys.modules)
import virtual_mod
print("cached, not found again")


class Failing:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise ValueError("body failed")


class FailingFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname == "broken":
            return importlib.util.spec_from_loader(fullname, Failing())


sys.meta_path.insert(0, FailingFinder())
try:
    import broken
except ValueError as e:
    print("ValueError", e, "broken" in sys.modules)


class Legacy:
    def find_spec(self, fullname, path, target=None):
        if fullname == "made_by_create":
            return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        m = type(sys)(spec.name)
        m.made_here = True
        return m

    def exec_module(self, module):
        pass


sys.meta_path.insert(0, Legacy())
import made_by_create
print(made_by_create.made_here, made_by_create.__spec__.name)


# A finder that delegates to the path finder sees every import that reaches it.
class Spy:
    def find_spec(self, fullname, path, target=None):
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and fullname == "pkg_basic":
            print("spy saw", fullname, spec.submodule_search_locations is not None)
        return spec


sys.meta_path.insert(0, Spy())
import pkg_basic
print(pkg_basic.__name__)
sys.meta_path[:] = [f for f in sys.meta_path if isinstance(f, type)]

try:
    import nothing_here_at_all
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)


class EntryFinder:
    def __init__(self, path):
        self.path = path

    def find_spec(self, fullname, target=None):
        if fullname == "hooked":
            return importlib.util.spec_from_loader(fullname, Loader(7))
        return None


def hook(path):
    if path == "/virtual/entry":
        return EntryFinder(path)
    raise ImportError("not mine")


sys.path_hooks.insert(0, hook)
sys.path.append("/virtual/entry")
import hooked
print(hooked.value, type(sys.path_importer_cache["/virtual/entry"]).__name__)

spec = importlib.util.find_spec("pkg_basic")
print(spec.name, spec.submodule_search_locations is not None)
print(importlib.util.find_spec("nonexistent_module_xyz"))
print(importlib.machinery.BuiltinImporter.find_spec("sys").name)
print(importlib.machinery.BuiltinImporter.find_spec("pkg_basic"))
