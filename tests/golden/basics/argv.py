# args: alpha beta --gamma 42
# sys.argv holds the script path, then the arguments exactly as given.
import sys

print(len(sys.argv))
print(sys.argv[1:])
for i, arg in enumerate(sys.argv[1:]):
    print(i, arg, arg.startswith("-"))
print(int(sys.argv[-1]) * 2)
