# Deep recursion through Rust code (repr, comparisons, dunders) ends in RecursionError.
# stress-argv: 3000
import sys
class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "N(" + repr(self.child) + ")"
    def __eq__(self, other):
        return isinstance(other, Node) and self.child == other.child
n = None
for i in range(2500):
    n = Node(n)
try:
    repr(n)
except RecursionError as e:
    print("repr:", e)
m = None
for i in range(2500):
    m = Node(m)
try:
    print(n == m)
except RecursionError as e:
    print("eq:", e)
sys.setrecursionlimit(20000)
small = None
for i in range(3000):
    small = Node(small)
print(len(repr(small)), small == small)
sys.setrecursionlimit(1000)
lst = []
cur = lst
for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    print(len(str(lst)))
except RecursionError as e:
    print("str:", e)
try:
    print(lst == lst[0])
except RecursionError as e:
    print("cmp:", e)
a = []
a.append(a)
print(a, repr(a) == "[[...]]")
d = {}
d["self"] = d
print(d)
