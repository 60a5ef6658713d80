# defaultdict reduces with its factory, so copy and deepcopy keep it.
import copy
from collections import defaultdict
d = defaultdict(int, a=1)
d["b"] += 2
cls, args, state, listitems, items = d.__reduce__()
print(cls.__name__, args, state, listitems, sorted(items))
print(defaultdict().__reduce__()[1])
e = copy.deepcopy(d)
print(e, e.default_factory, copy.copy(d))
