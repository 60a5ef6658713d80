x = 1
y = """abc
print(y)
