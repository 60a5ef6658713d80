# An uncaught cmath domain error ends the program with a traceback.
import cmath

print(cmath.sqrt(-1))
print(cmath.log(0))
