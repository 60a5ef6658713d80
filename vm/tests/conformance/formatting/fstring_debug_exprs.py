items = [1, 2]
name = "n"
print(f"{items[0]=}", f"{len(items)=}", f"{name=!r}")
print(f"{ items = }")
print(f"{1+1=:>5}|")
