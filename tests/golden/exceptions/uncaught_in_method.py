# An uncaught KeyError raised several frames deep, inside a method.
class Store:
    def __init__(self):
        self.data = {"present": 1}

    def get(self, key):
        return self.data[key]


def lookup(store, key):
    print("looking up", key)
    return store.get(key)


s = Store()
print(lookup(s, "present"))
print(lookup(s, "absent"))
