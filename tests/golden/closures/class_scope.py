# Class bodies are a scope of their own: methods do not see class names without self/Class.
x = "global x"


class Scoped:
    x = "class x"
    y = x + " (read in the class body)"

    def method(self):
        return x

    def via_self(self):
        return self.x

    names = [x for _ in range(1)]


s = Scoped()
print(Scoped.y)
print(s.method(), "|", s.via_self(), "|", Scoped.names)


def factory(value):
    class Inner:
        captured = value

        def get(self):
            return value

    return Inner


A = factory(1)
B = factory(2)
print(A.captured, B.captured, A().get(), B().get(), A is B)


class Counter:
    total = 0

    def add(self):
        Counter.total += 1
        return Counter.total


c = Counter()
c.add()
c.add()
print(Counter.total, c.total)
