print("a starts")
from . import b
print("a after importing b:", b.b_value)
a_value = "A"
