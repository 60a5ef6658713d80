a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__)
print(dict[str, list[int]], tuple[int, ...], type[int])
print(a == list[int], a != list[str])
print(a([1, 2]))
import types
print(isinstance(a, types.GenericAlias))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __class_getitem__(cls, item): return f"C[{item}]"
print(C[int])
