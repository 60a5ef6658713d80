# f-strings: expressions, conversions and format specs.
name = "Krait"
n = 42
pi = 3.14159265
print(f"{name} has {n} scales")
print(f"{name!r} {name!s} {n + 1} {n * 2:5d}|")
print(f"[{name:>8}] [{name:<8}] [{name:^9}]")
print(f"{pi:.2f} {pi:10.4f}| {n:x} {n:o} {n:b} {n:08.3f}")
print(f"{1234567:,} {0.25:.1%} {1e-7:e}")
items = [1, 2, 3]
print(f"{items} {len(items)} {items[0]}{items[-1]}")
print(f"{'nested'} {{braces}} {n}")
width = 6
print(f"{n:{width}}|")
