from pkg_circ.d import d_value
c_value = "C"
