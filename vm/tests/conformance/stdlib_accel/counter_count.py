# Counter counts through _count_elements.
from collections import Counter
import _collections
c = Counter("abracadabra")
print(c.most_common(3))
m = {}
_collections._count_elements(m, "hello")
print(m)
