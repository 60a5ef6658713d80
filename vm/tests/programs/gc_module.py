# The gc module: switching automatic collection, thresholds, explicit collection of
# cycles (also from inside callbacks of builtins), tracking and statistics.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold()[:2])
gc.set_threshold(700, 10, 10)

a = []
a.append(a)
del a
print(gc.collect() >= 1)
print(isinstance(gc.collect(0), int), isinstance(gc.collect(generation=2), int))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)


class Node:
    pass


def make_cycles(i):
    n = Node()
    n.me = n
    return i


# An explicit collection inside a callback from a builtin.
print(sum(map(make_cycles, range(10))), gc.collect() >= 0)
print(sorted(range(5), key=lambda i: -(gc.collect() >= 0) * i))

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(Node()), gc.is_tracked({}), gc.is_tracked({"a": 1}))
print(gc.is_tracked({"a": []}), gc.is_tracked((1, 2)), gc.is_tracked(([],)))

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(all(s["collections"] >= 0 and s["uncollectable"] == 0 for s in stats))
print(len(gc.get_count()), gc.garbage, gc.callbacks)
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
