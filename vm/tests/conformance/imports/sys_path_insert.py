# sys.path changes at run time are searched on the next import
import sys
try:
    import nspkg
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
here = __file__.rsplit("/", 1)[0]
sys.path.insert(0, here + "/pkg_ns_a")
import nspkg.part
print(nspkg.part.name)
print(sys.path[0] == here + "/pkg_ns_a", sys.path[1] == here)
