words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs.sort(key=lambda r: r[1])
print(recs)
print(sorted([3, 1, 2], reverse=True))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
