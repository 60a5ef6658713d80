# A starred alias compares with its unpacked flag and keeps origin and args.
a = tuple[int, str]
(s,) = a
print(s, repr(s), s.__unpacked__, a.__unpacked__)
print(s == a, s == next(iter(a)), hash(s) == hash(a))
print(s.__origin__ is tuple, s.__args__)
print([*list[int]], list(dict[str, list[int]]))
it = iter(list[int])
print(list(it), list(it))
