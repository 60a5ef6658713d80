# Garbage made inside callbacks from builtins: every callback builds a few hundred
# short-lived self-referencing lists, which only a collector running inside the builtin's
# callback can free. Usage: callbacks.py WORKLOAD CALLBACKS
import sys

workload = sys.argv[1]
n = int(sys.argv[2])


def churn(i):
    for _ in range(300):
        a = [i]
        a.append(a)
    return i


class R:
    def __init__(self, i):
        self.i = i

    def __repr__(self):
        churn(self.i)
        return "R"


class Num:
    def __init__(self, i):
        self.i = i

    def __add__(self, other):
        churn(self.i)
        return Num(self.i + (other.i if isinstance(other, Num) else other))

    __radd__ = __add__


class Key:
    def __init__(self, i):
        self.i = i

    def __hash__(self):
        churn(self.i)
        return self.i

    def __eq__(self, other):
        churn(self.i)
        return self.i == other.i


class Prop:
    @property
    def value(self):
        return churn(1)


class Init:
    def __init__(self, i):
        churn(i)


def gen(n):
    for i in range(n):
        yield churn(i)


if workload == "map":
    result = sum(map(churn, range(n)))
elif workload == "filter":
    result = len(list(filter(churn, range(n))))
elif workload == "sorted":
    result = sorted(range(n), key=churn)[-1]
elif workload == "list_sort":
    items = list(range(n))
    items.sort(key=churn)
    result = items[-1]
elif workload == "min":
    result = min(range(n), key=churn)
elif workload == "max":
    result = max(range(n), key=churn)
elif workload == "str":
    result = len(str([R(i) for i in range(n)]))
elif workload == "sum":
    result = sum([Num(i) for i in range(n)]).i
elif workload == "dict":
    d = {Key(i): i for i in range(n)}
    result = len(d)
elif workload == "set":
    result = len({Key(i) for i in range(n)})
elif workload == "list_gen":
    result = len(list(gen(n)))
elif workload == "property":
    p = Prop()
    result = 0
    for _ in range(n):
        result += p.value
elif workload == "init":
    result = len([Init(i) for i in range(n)])
else:
    raise SystemExit("unknown workload " + workload)
print(workload, result)
