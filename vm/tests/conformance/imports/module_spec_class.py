# importlib.machinery.ModuleSpec is the import system's spec class: constructible, with
# a computed, read-only `parent`.
import sys
import importlib.machinery as machinery

s = machinery.ModuleSpec("a.b", None)
print(s.name, s.parent, s.origin, s.submodule_search_locations, s.has_location, s.cached)
p = machinery.ModuleSpec("pkg", None, origin="x", is_package=True)
print(p.parent, p.submodule_search_locations, p.origin)
print(repr(sys.__spec__.parent))
import pkg_basic.plain
print(pkg_basic.plain.__spec__.parent, pkg_basic.__spec__.parent, pkg_basic.__package__)
print(type(pkg_basic.__spec__) is machinery.ModuleSpec)
try:
    s.parent = 1
except AttributeError:
    print("AttributeError")
try:
    machinery.ModuleSpec("x", None, bogus=1)
except TypeError as e:
    print("TypeError", e)
