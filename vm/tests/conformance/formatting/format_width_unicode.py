print(f"[{'é':>4}]", f"[{'ünï':^7}]", f"[{'日本':<5}]")
print("{:*^11}".format("héllo"))
print(len(f"{'x':10}"))
