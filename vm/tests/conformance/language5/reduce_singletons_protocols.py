# Ellipsis and NotImplemented reduce to their names under every protocol.
import copy

for proto in range(6):
    print(proto, Ellipsis.__reduce_ex__(proto), NotImplemented.__reduce_ex__(proto))
print(copy.copy([..., NotImplemented]), copy.deepcopy({"e": ...}))
print(type(...).__reduce__(...), type(NotImplemented).__reduce__(NotImplemented))
try:
    type(...).__reduce__(1)
except TypeError as e:
    print(type(e).__name__)
