# User-defined iterators: __iter__ and __next__, used by for, list(), in and unpacking.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)

    def __len__(self):
        return len(self.cards)


for n in Countdown(3):
    print("tick", n)
print(list(Countdown(5)), 2 in Countdown(3), 7 in Countdown(3))
a, b, c = Countdown(3)
print(a, b, c)
deck = Deck(["A", "K", "Q"])
print(list(deck), len(deck), sorted(deck), "K" in deck)
print(list(zip(Countdown(3), deck)), list(enumerate(Countdown(2))))
it = iter(deck)
print(next(it), next(it), next(it), next(it, "end"))
print(sum(Countdown(100)), max(Countdown(4)), min(Deck([3, 1, 2])))
