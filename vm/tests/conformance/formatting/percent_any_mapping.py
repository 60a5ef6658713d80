# `%(name)s` takes any object with __getitem__ (not a tuple or str), as CPython: an instance's
# __dict__ (what logging formats a record with), a user mapping.
class Record:
    def __init__(self):
        self.levelname = "INFO"
        self.msg = "hello"


print("%(levelname)s:%(msg)s" % Record().__dict__)


class Upper:
    def __getitem__(self, key):
        return key.upper()


print("%(abc)s-%(x)r" % Upper())
print("%s" % [1, 2], "%s" % "str", "%s" % (3,))
try:
    print("%(a)s" % [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(a)s" % 5)
except TypeError as e:
    print(type(e).__name__, e)
