from collections import namedtuple
Card = namedtuple("Card", "rank suit")
cards = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(cards))
print(max(cards, key=lambda c: c.rank))
print(Card._fields, Card(1, "x")._asdict())
r, s = Card(5, "d")
print(r, s, isinstance(Card(1, 1), tuple))
print(Card(1, 2) + (3,))
