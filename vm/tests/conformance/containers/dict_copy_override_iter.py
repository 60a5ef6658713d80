# dict(d) and update(d) go through keys() and [] when a subclass overrides __iter__.
pairs = [("a", 1), ("b", 2), ("c", 3)]

class Rev(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))
    __iter__ = keys
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10

print(list(dict(Rev(pairs)).items()))
d = {}
d.update(Rev(pairs))
print(d)

class Plain(dict):
    def keys(self):
        return ["a"]
print(dict(Plain(pairs)))
