# Importing a module next to the script, and the bundled pure-Python standard modules.
import mod_shapes
import mod_shapes as again
from mod_shapes import Square, describe, PI

print(mod_shapes is again, PI, describe(Square(3)), mod_shapes.__name__)
try:
    mod_shapes.fail()
except ZeroDivisionError as e:
    print("caught", e)
try:
    import mod_missing
except ModuleNotFoundError as e:
    print(e)
