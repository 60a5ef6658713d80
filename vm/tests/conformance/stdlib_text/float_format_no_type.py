# format() of floats with a precision and no presentation type, and %-formatting's '#'.
for x in [1234.56, 0.0, -0.0, 12.0, 1e20, 1.5e-5, 123.0, 0.0001234, 9.9999, 1e16, 100.0]:
    print(format(x, ".1"), format(x, ".3"), format(x, ".4"), format(x, ".12"), format(x, "#.3"), f"{x:10.2}|")
for fmt in ["%#.0f", "%#.0e", "%#.0E", "%#.1f", "%#.3g", "%#.0g", "%#.1g", "%.0f", "%#.0F"]:
    for x in [0, 1.5, 12345.678]:
        print(fmt, repr(fmt % x))
