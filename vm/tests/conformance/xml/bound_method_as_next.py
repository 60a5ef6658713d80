# ElementTree's iterparse keeps a generator's bound __next__ in a class: next() and for
# loops call it without passing the instance again.
def numbers():
    yield 1
    yield 2

class It:
    __next__ = numbers().__next__
    def __iter__(self):
        return self

print(next(It()))
for x in It():
    print(x)

class Appender:
    append = [].append
Appender().append(5)
print(Appender.append.__self__)
