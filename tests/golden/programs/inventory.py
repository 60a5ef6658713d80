# A small object-oriented program: an inventory with orders, errors and a report.
class OutOfStock(Exception):
    def __init__(self, item, wanted, available):
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item


class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []

    def add(self, item, count, price):
        current, _ = self.stock.get(item, (0, price))
        self.stock[item] = (current + count, price)
        self.log.append(("add", item, count))

    def order(self, item, count):
        if item not in self.stock:
            raise KeyError(item)
        available, price = self.stock[item]
        if count > available:
            raise OutOfStock(item, count, available)
        self.stock[item] = (available - count, price)
        self.log.append(("order", item, count))
        return count * price

    def value(self):
        return sum(count * price for count, price in self.stock.values())

    def report(self):
        lines = []
        for item in sorted(self.stock):
            count, price = self.stock[item]
            lines.append(f"{item:<8}{count:>4} x {price:>6.2f} = {count * price:>8.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 50, 0.5)
inv.add("pear", 20, 0.75)
inv.add("melon", 5, 3.2)
inv.add("apple", 10, 0.5)
revenue = 0
for item, count in [("apple", 30), ("melon", 6), ("kiwi", 1), ("pear", 20), ("melon", 5)]:
    try:
        revenue += inv.order(item, count)
        print("sold", count, item)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown item:", e)
print(inv.report())
print("revenue", revenue, "stock value", inv.value(), "log entries", len(inv.log))
