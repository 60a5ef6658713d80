# sys.exit with a string prints it to stderr and exits with status 1.
import sys

print("working")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
sys.exit("fatal: giving up")
