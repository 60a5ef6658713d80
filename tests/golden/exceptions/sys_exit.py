# sys.exit: SystemExit can be caught; uncaught, its code becomes the exit status.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code", e.code)
print("exiting with 3")
try:
    sys.exit(3)
finally:
    print("finally still runs")
print("not reached")
