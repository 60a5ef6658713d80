# the uncaught circular ImportError and its traceback through both modules
import pkg_circ.c
