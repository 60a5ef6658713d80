# importlib.util builds specs and modules from file locations and loaders.
import importlib.util
import importlib.machinery

spec = importlib.util.spec_from_file_location("m", "/tmp/nowhere/m.py")
print(spec.name, spec.origin, spec.has_location, spec.submodule_search_locations)
print(type(spec.loader).__name__, spec.loader.name, spec.loader.path)
pkg = importlib.util.spec_from_file_location("p", "/tmp/nowhere/p/__init__.py")
print(pkg.submodule_search_locations)
print(importlib.util.spec_from_file_location("t", "/tmp/nowhere/t.txt"))
explicit = importlib.util.spec_from_file_location(
    "e", "/tmp/e.py", submodule_search_locations=["/a"])
print(explicit.submodule_search_locations)


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = module.__name__ * 2


spec = importlib.util.spec_from_loader("q", Loader())
print(spec.name, spec.origin, spec.has_location, spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__package__, mod.__spec__ is spec, type(mod.__loader__).__name__)
spec.loader.exec_module(mod)
print(mod.value, hasattr(mod, "__file__"))
pspec = importlib.util.spec_from_loader("a.b", None, is_package=True)
pmod = importlib.util.module_from_spec(pspec)
print(pmod.__package__, pmod.__path__)
smod = importlib.util.module_from_spec(importlib.util.spec_from_loader("a.b.c", None))
print(smod.__package__, hasattr(smod, "__path__"))


class Bad:
    def exec_module(self, module):
        pass


try:
    importlib.util.module_from_spec(importlib.util.spec_from_loader("z", Bad()))
except ImportError as e:
    print(type(e).__name__, e)
