# ElementTree's slice assignment tests: a slice step whose __index__ resizes the list,
# and steps at the edge of the index range.
import sys

l = list(range(10))
print(l[::-sys.maxsize - 1], l[-1::-sys.maxsize - 1], l[5::-sys.maxsize])

class Clear:
    def __index__(self):
        l[:] = []
        return 1

l = list(range(10))
l[0:10:Clear()] = []
print(l)

class Shrink:
    def __index__(self):
        del l[3:]
        return 1

l = list(range(10))
l[0:10:Shrink()] = [7, 8, 9]
print(l)
l = list(range(10))
l[0:10:Shrink()] = [1]
print(l)
