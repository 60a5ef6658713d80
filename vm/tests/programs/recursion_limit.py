# Unbounded recursion ends in RecursionError; the traceback collapses the repeats.
import sys

print(sys.getrecursionlimit())


def down(n):
    return down(n + 1) + 1


down(0)
