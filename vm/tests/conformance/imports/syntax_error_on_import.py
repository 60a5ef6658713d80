# a module that does not compile raises SyntaxError at the import, and is not registered
import sys
try:
    import mod_bad_indent
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, "mod_bad_indent" in sys.modules)
import mod_bad_syntax
