# key= applies to the items, not to x, in bisect; insort applies it to x too.
import bisect
rows = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(rows, 3, key=lambda r: r[1]))
print(bisect.bisect_right(rows, 3, key=lambda r: r[1]))
bisect.insort(rows, ("d", 4), key=lambda r: r[1])
print(rows)
bisect.insort_left(rows, ("e", 3), key=lambda r: r[1])
print(rows)
