# reversed() takes exactly one positional argument.
for args, kw in (((), {}), (([], []), {}), (([],), {"a": 1}), ((), {"sequence": [1]})):
    try:
        reversed(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
print(list(reversed(range(-9223372036854775808, -9223372036854775807))))
print(list(reversed(range(0))), list(reversed(range(5, 0, -2))))
