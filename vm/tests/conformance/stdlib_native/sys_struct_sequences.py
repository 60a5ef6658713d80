# sys.version_info, float_info, int_info, hash_info and flags behave as named tuples.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v >= (3, 8), len(v), type(v).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.dev_mode, len(sys.flags))
print(repr(sys.float_info).split("(")[0], repr(sys.version_info).split("(")[0])
print(hex(sys.hexversion), sys.platlibdir, sys.abiflags, sys.getfilesystemencoding(),
      sys.getdefaultencoding(), sys.getfilesystemencodeerrors())
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix)
print(sys.__excepthook__ is sys.excepthook, type(sys.dont_write_bytecode).__name__)
