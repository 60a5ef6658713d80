# sys.path starts with the script's folder
import sys
print(type(sys.path).__name__)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
print(all(type(p) is str for p in sys.path))
