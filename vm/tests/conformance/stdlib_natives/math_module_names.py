# The special functions are in the math module with CPython's names.
import math
for name in ['erf', 'erfc', 'gamma', 'lgamma']:
    f = getattr(math, name)
    print(name, callable(f), f.__name__, type(f).__name__)
