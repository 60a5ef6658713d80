# with statements: __enter__/__exit__ order, the as target, and exception suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as handle:
    print("inside with", handle)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Resource("outer") as x, Resource("inner") as y:
    print("both", x, y)


def early_return():
    with Resource("ret"):
        return "returned"


print(early_return())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
