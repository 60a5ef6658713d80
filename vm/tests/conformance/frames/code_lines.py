def f(x):
    y = x + 1
    z = y * 2
    return z

# CPython's RESUME sits on the def line; the body's lines are what both have.
first = f.__code__.co_firstlineno
lines = [l for (_, _, l) in f.__code__.co_lines() if l is not None and l > first]
print(sorted(set(lines)))
starts = [s for (s, e, l) in f.__code__.co_lines()]
print(starts == sorted(starts), all(s % 2 == 0 for s in starts))
pos = list(f.__code__.co_positions())
print(all(len(p) == 4 for p in pos))
print(sorted(set(p[0] for p in pos if p[0] is not None and p[0] > first)))
