# The 4300-digit limit on decimal int conversions, and sys.set_int_max_str_digits.
import sys
x = 7 ** 6000
for f in (str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ","), int, lambda v: int("9" * 5000), hex):
    try:
        r = f(x)
        print("ok", len(str(r)) if not isinstance(r, int) else "int")
    except ValueError as e:
        print("ValueError", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(x)), len(str(int("9" * 5000))))
sys.set_int_max_str_digits(5000)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
print(len(str(10 ** 4999)))
