# import of a package runs its __init__ once and binds the top name
import pkg_basic
import pkg_basic
print(pkg_basic.value, pkg_basic.__name__, pkg_basic.__package__)
print(pkg_basic.__doc__)
print(type(pkg_basic.__path__).__name__, len(pkg_basic.__path__))
import sys
print("pkg_basic" in sys.modules, sys.modules["pkg_basic"] is pkg_basic)
