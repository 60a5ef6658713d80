# fromkeys on a subclass calls the class and stores through __setitem__.
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

r = Logged.fromkeys("ab", 0)
print(type(r).__name__, r)

class Other(dict):
    def __new__(cls):
        return {"made": "elsewhere"}
r = Other.fromkeys("xy")
print(type(r).__name__, r)

class Store:
    def __init__(self):
        self.data = []
    def __setitem__(self, k, v):
        self.data.append((k, v))
class Odd(dict):
    def __new__(cls):
        return Store()
print(Odd.fromkeys([1, 2], "v").data)
print(dict.fromkeys("ab"), type(dict.fromkeys([])).__name__)
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__)
