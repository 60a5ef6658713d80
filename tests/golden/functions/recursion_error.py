# Unbounded recursion raises RecursionError, which can be caught; the program then goes on.
import sys

print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("caught RecursionError:", e)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500))
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("caught again", attempt)
print(isinstance(RecursionError(), RuntimeError))
