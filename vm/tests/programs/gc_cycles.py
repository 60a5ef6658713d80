# Self-referencing lists and object cycles are collected: this runs in bounded memory.
# stress-argv: 300 30
import sys

def churn(n):
    kept = 0
    for i in range(n):
        a = []
        a.append(a)
        b = {"self": None}
        b["self"] = b
        if i % 100000 == 0:
            kept += 1
    return kept


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def trees(n):
    total = 0
    for _ in range(n):
        root = Node(None)
        for _ in range(10):
            Node(root)
        total += len(root.children)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
m = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
print(churn(n) > 0, trees(m) == 10 * m)
