width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{'x':{'*'}^{width}}]")
fill = "0"
print(f"[{42:{fill}>{width}}]")
for w in (4, 8):
    print(f"|{'ab':>{w}}|")
