# sys.stdin exists, is descriptor 0 and cannot be written.
import io
import sys

print(sys.stdin is sys.__stdin__, sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
sys.audit("krait.test", 1, 2)
try:
    sys.audit()
except TypeError as e:
    print(type(e).__name__, e)
