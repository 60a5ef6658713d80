print("b starts")
from . import a
print("b sees a partially:", hasattr(a, "a_value"))
b_value = "B"
