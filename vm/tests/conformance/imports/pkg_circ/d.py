from pkg_circ.c import c_value
d_value = "D"
