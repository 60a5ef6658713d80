# Text processing with dicts: word frequencies, sorted by count then word.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
counts = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(word.ljust(12), n, "#" * n)
lengths = {}
for word in counts:
    lengths.setdefault(len(word), []).append(word)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
print(max(counts, key=lambda w: (len(w), w)))
