# a folder without __init__.py is a namespace package
import pkg_ns_a.nspkg.part
print(pkg_ns_a.nspkg.part.name)
ns = pkg_ns_a.nspkg
print(ns.__file__, ns.__spec__.origin, ns.__spec__.has_location)
print(len(list(ns.__path__)), ns.__package__)
print(pkg_ns_a.nspkg.part.__package__)
from pkg_ns_a.nspkg import part
print(part is pkg_ns_a.nspkg.part)
