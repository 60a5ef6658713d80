s = "text"
print(format(s, "10") + "|")
print(format(s, ">10") + "|")
print(format(s, "^10") + "|")
print(format(s, "-^11") + "|")
print(format(s, ".2") + "|")
print(format(s, "8.3") + "|")
try:
    format(s, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(s, "=10")
except ValueError as e:
    print(type(e).__name__, e)
