# for over the built-in iterables, with else, break and continue.
for ch in "abc":
    print(ch, end=" ")
print()
for item in [1, "two", 3.0, None]:
    print(repr(item))
for k in {"x": 1, "y": 2}:
    print("key", k)
for x in (10, 20):
    print("tuple item", x)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
total = 0
for i in range(20):
    if i % 3:
        continue
    total += i
print("total", total)
for i, word in enumerate(["zero", "one", "two"]):
    print(i, word)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for i in range(3):
    pass
print("i after loop", i)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in reversed(range(4)):
    print("down", i)
