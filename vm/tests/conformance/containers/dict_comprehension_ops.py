words = ["apple", "bob", "cat", "avocado"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print(max(lengths, key=lengths.get), min(lengths.values()))
print(sorted(lengths.items(), key=lambda kv: (-kv[1], kv[0])))
