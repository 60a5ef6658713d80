# Reference cycles built in a loop: the collector must reclaim them while the program runs.
def make_cycles(n):
    survivors = 0
    for i in range(n):
        a = []
        b = [a]
        a.append(b)
        a.append(i)
        if i % 10000 == 0:
            survivors += len(a)
    return survivors


print(make_cycles(100000))


class Node:
    def __init__(self, value):
        self.value = value
        self.next = self


def ring(size):
    head = Node(0)
    node = head
    for i in range(1, size):
        new = Node(i)
        new.next = head
        node.next = new
        node = new
    return head


total = 0
for _ in range(200):
    r = ring(100)
    total += r.next.next.value
print(total)
keep = []
for i in range(1000):
    d = {"self": None, "i": i}
    d["self"] = d
    if i % 100 == 0:
        keep.append(d)
print(len(keep), [k["i"] for k in keep], keep[3]["self"]["self"]["i"])
