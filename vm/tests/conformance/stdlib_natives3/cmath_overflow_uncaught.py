# An uncaught cmath range error ends the program with a traceback.
import cmath

print(cmath.cosh(700) != 0)
cmath.cosh(1000)
