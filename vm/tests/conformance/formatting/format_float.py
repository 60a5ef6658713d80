x = 1234.5678
print(format(x, ".2f"), format(x, ",.2f"), format(x, "_.1f"))
print(format(x, "e"), format(x, ".3E"), format(x, "g"), format(x, ".3g"))
print(format(0.000012345, "g"), format(1e20, "g"), format(123456789.0, "g"))
print(format(0.25, "%"), format(0.125, ".1%"))
print(format(x, "12.3f") + "|", format(x, "<12.1f") + "|", format(-x, "+012.2f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(1.0, "#.0f"))
print(format(1.5, ""), format(1e100, ""), format(100.0, "g"))
print(format(float("inf"), "f"), format(float("nan"), "e"), format(float("-inf"), "10"))
