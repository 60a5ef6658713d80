values = [1, 22, 333]
w = max(len(str(v)) for v in values)
for v in values:
    print(f"|{v:>{w}}|{v:<{w + 2}}|{v:0{w}d}|")
align = "^"
print(f"[{'mid':{align}9}]")
t = 0.123456
print(f"{t:.{2}%}")
