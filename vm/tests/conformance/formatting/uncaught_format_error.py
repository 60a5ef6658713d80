value = 3.5
print(f"{value:.1f}")
print(f"{value:d}")
