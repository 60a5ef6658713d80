# Parsing to a tree and compiling the tree gives code that behaves as compiling the source.
import _ast

F = _ast.PyCF_ONLY_AST
snippets = [
    "1 + 2 * 3 - 4 / 5 // 1 % 3 ** 2",
    "[x for x in range(5) if x % 2] + [*'ab']",
    "{k: v for k, v in [(1, 2), (3, 4)]}",
    "(lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, c=4, e=5)",
    "f'{1+1!r:>4}|{\"x\"!s}|{3.5:.2f}'",
    "10**30 + 0x10 + 0o7 + 0b1 + 1_000",
    "b'\\x00\\xff' + bytes(2)",
    "'\\ud800'.encode('utf-8', 'surrogatepass')",
    "(1j * 2j, -0.0, 1e300 * 1e10, ...)",
    "not (1 < 2 <= 3 != 4) or (None is None) and 5 in [5]",
    "sorted({3, 1, 2}), {**{'a': 1}, 'b': 2}",
    "(y := 5, y + 1)",
    "[a[1:3], a[::2], a[-1]] if (a := list(range(6))) else None",
    "'abc' 'def' f'{1}' 'g'",
]
for s in snippets:
    direct = eval(compile(s, "<s>", "eval"))
    via_tree = eval(compile(compile(s, "<s>", "eval", F), "<s>", "eval"))
    print(repr(via_tree), direct == via_tree or (direct != direct))

code = '''
def gen():
    total = 0
    for i in range(4):
        total += yield i
    return total

g = gen()
next(g)
for v in (10, 20, 30):
    g.send(v)
try:
    g.send(40)
except StopIteration as e:
    result = e.value

class K:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"K({self.v})"
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

match [K(1), {"k": K(2)}]:
    case [K(v=1) as a, {"k": b}]:
        matched = (a, b)
with open(__file__ if False else "/dev/null") as fh:
    nothing = fh.read()
'''
ns1, ns2 = {}, {}
exec(compile(code, "<c>", "exec"), ns1)
exec(compile(compile(code, "<c>", "exec", F), "<c>", "exec"), ns2)
print(ns1["result"], ns2["result"], ns1["matched"], ns2["matched"], repr(ns2["nothing"]))
