name = "krait"
n = 42
print(f"{name} has {n} scales")
print(f"{n + 1} {n * 2:5d}|")
print(f"{{literal}} {name!r}")
print(f"{'nested quotes'}")
print(f"{3.14159:.2f} {n:>6} {n:<6}| {n:^7}|")
