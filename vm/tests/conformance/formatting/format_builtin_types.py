print(format(None, ""), format(True, ""), format([1, 2], ""))
print(format(True, ">6") + "|", format(False, "d"))
print(f"{None!r:>6}|")
print("{:>8}|{:<8}|".format(str(None), str([1])))
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
