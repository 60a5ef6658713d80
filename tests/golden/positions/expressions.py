# Each instruction carries the range of the expression it computes: operands, calls,
# attributes and subscripts each their own columns, so a traceback can underline them.
def area(shape, scale):
    return shape.width * shape.height * scale ** 2


class Box:
    width = 3
    height = 4


values = [area(Box(), n) for n in range(3)]
print(values[1], values[-1])
total = (values[0] +
         values[2])
print(total, f"{total:>5}")
