# Every operator function is also reachable by its dunder name, as the same object.
import operator

names = """lt le eq ne ge gt not_ abs add and_ floordiv index inv invert lshift mod mul
matmul neg or_ pos pow rshift sub truediv xor concat contains getitem setitem delitem
iadd isub imul imatmul itruediv ifloordiv imod ipow ilshift irshift iand ior ixor iconcat
call""".split()
for name in names:
    dunder = "__" + name.rstrip("_") + "__"
    print(dunder, getattr(operator, dunder) is getattr(operator, name))
print(operator.__lt__(1, 2), operator.__not__(0), operator.__and__(6, 3))
print(operator.__concat__([1], [2]), operator.__contains__("abc", "b"))
print(operator.__call__(max, 3, 9, key=lambda x: -x))
print(operator.call(len, "four"))
for missing in ["__is__", "__truth__", "__countOf__"]:
    print(missing, hasattr(operator, missing))
