# ChainMap, UserDict, UserList and UserString.
from collections import ChainMap, UserDict, UserList, UserString
c = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(c['a'], c['b'], len(c), sorted(c), c.get('z', 9), 'b' in c)
c['z'] = 5; print(c.maps[0], c.parents, c.new_child({'q': 0})['q'])
try: del c['b']
except KeyError as e: print(e)
d = UserDict(a=1); d['b'] = 2; print(d, len(d), d.get('a'), list(d.items()), d == {'a': 1, 'b': 2})
l = UserList([3, 1, 2]); l.sort(); print(l, l[1:], l + [4], len(l), 2 in l)
s = UserString("abc"); print(s.upper(), s + "d", len(s), s[1], s == "abc", repr(s))
