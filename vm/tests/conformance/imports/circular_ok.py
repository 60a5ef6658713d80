# a cycle of imports works when names are looked up late
import pkg_circ.a
print(pkg_circ.a.a_value, pkg_circ.b.b_value)
