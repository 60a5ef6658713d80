# sys.executable is the absolute path of the running interpreter (the CLI's tests start a
# child through it), and float_repr_style says floats print shortest-round-trip.
import os
import sys

print(os.path.isabs(sys.executable))
print(sys.float_repr_style)
print(repr(0.1 + 0.2), repr(1e22), repr(1 / 3))
