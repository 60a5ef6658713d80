print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{name}-{n:03d}".format(name="id", n=7))
class Pt:
    x = 3
    y = 4
print("{0.x},{0.y}".format(Pt()))
print("{p.x}".format(p=Pt()))
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{d[key]} {d[2]}".format(d={"key": "v", 2: "two"}))
print("{:>{w}}|".format("r", w=5))
print("{!r:^9}|".format("q"))
print("{{}} {}".format("braces"))
