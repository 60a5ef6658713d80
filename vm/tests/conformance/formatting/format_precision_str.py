for p in range(0, 5):
    print(f"[{'abcdef':.{p}}]", f"[{3.14159265:.{p}f}]", f"[{2/3:.{p}g}]")
