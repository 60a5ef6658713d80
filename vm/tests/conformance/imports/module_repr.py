# repr of modules of each kind, with the folder cut out
import sys, builtins, math, mod_simple, pkg_ns_a.nspkg
here = __file__.rsplit("/", 1)[0] + "/"
print(repr(sys), repr(builtins))
print(repr(mod_simple).replace(here, ""))
print(repr(pkg_ns_a.nspkg)[:26])
print(sys.__spec__.origin, math.__spec__.name, sys.__package__ == "")
print(type(mod_simple.__spec__).__name__, type(mod_simple.__loader__).__name__)
