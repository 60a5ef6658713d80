# sys.exit with an int sets the exit status; output before it is flushed.
import sys

print("before")
sys.exit(3)
print("after")
