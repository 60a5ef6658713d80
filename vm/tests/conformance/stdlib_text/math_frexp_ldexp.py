import math
for x in [0.0, -0.0, 1.0, 0.1, -3.5, 5e-324, 2.5e-310, 1.7976931348623157e308, float('inf'), float('nan')]:
    print(math.frexp(x))
for x, e in [(1.0, 1023), (1.0, 1024), (0.5, 1025), (1.0, -1074), (1.0, -1075), (1.5, -1075), (3.0, -1075), (0.75, -1073), (1.0, -1076), (1.0, 10**30), (1.0, -10**30), (-2.0, 3), (5e-324, 1074), (0.1, -1050), (True, 2)]:
    try: print(math.ldexp(x, e))
    except Exception as ex: print(type(ex).__name__, ex)
for a in [(1.0, 1.5), ("a", 1)]:
    try: print(math.ldexp(*a))
    except Exception as ex: print(type(ex).__name__, ex)
