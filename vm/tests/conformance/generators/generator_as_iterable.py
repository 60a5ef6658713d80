def letters():
    yield "a"
    yield "b"
    yield "c"

print(dict(enumerate(letters())))
print(tuple(letters()), set(letters()) == {"a", "b", "c"})
print(list(zip(letters(), range(10))))
print("b" in letters(), "z" in letters())
a, b, c = letters()
print(a, b, c)
print(list(map(str.upper, letters())))
print(sorted(letters(), reverse=True))
